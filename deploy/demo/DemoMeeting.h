// The demo meeting: a monthly session of a (fictional) provincial People's Committee,
// "tỉnh Sơn Hà", with its members, seats, agenda and documents. All content is fixed or
// drawn from a seeded generator, so every run produces the same meeting.
#pragma once

#include "print/OfficialDocument.h"

#include <nlohmann/json.hpp>

#include <QList>
#include <QString>

namespace ecabinet::demo {

// The document model and its PDF writer live in shared/print (also used for minutes and directives).
using print::Block;
using print::Heading;
using print::loadFonts;
using print::OfficialDocument;
using print::Paragraph;
using print::Signer;
using print::Table;
using print::writePdf;

struct Member {
    QString id, name, position, role, pin;
};

// The four-plus documents of the agenda (bodies only; written by writePdf).
QList<OfficialDocument> demoDocuments();

QList<Member> demoMembers();

// meeting.json in the format of docs/ARCHITECTURE.md "Meeting file".
nlohmann::ordered_json demoMeetingJson(const QList<OfficialDocument> &docs);

// Formats a number the Vietnamese way: "12.345,6".
QString vn(double value, int decimals);

// Deterministic pseudo-random integers (same sequence on every platform).
class Lcg {
public:
    explicit Lcg(std::uint64_t seed) : state_(seed) {}
    std::uint32_t next() {
        state_ = state_ * 6364136223846793005ULL + 1442695040888963407ULL;
        return static_cast<std::uint32_t>(state_ >> 33);
    }
    int between(int lo, int hi) { return lo + static_cast<int>(next() % std::uint32_t(hi - lo + 1)); }

private:
    std::uint64_t state_;
};

} // namespace ecabinet::demo
