#include "domain/DirectiveNumber.h"

#include <algorithm>

namespace ecabinet::domain {

namespace {

using Reason = NumberingError::Reason;

NumberingError error(Reason r, std::string text) { return {r, std::move(text)}; }

std::string quoted(std::string_view s) { return "'" + std::string(s) + "'"; }

} // namespace

const std::vector<DocumentType> &partyDocumentTypes() {
    static const std::vector<DocumentType> types = {
        {"NQ", "Nghị quyết"},   {"QĐ", "Quyết định"},  {"CT", "Chỉ thị"},
        {"KL", "Kết luận"},     {"QC", "Quy chế"},      {"QĐi", "Quy định"},
        {"TT", "Thông tri"},    {"HD", "Hướng dẫn"},   {"BC", "Báo cáo"},
        {"KH", "Kế hoạch"},     {"QHo", "Quy hoạch"},   {"CTr", "Chương trình"},
        {"TB", "Thông báo"},    {"TC", "Thông cáo"},    {"TTr", "Tờ trình"},
        {"ĐA", "Đề án"},        {"PA", "Phương án"},    {"DA", "Dự án"},
        {"BB", "Biên bản"},     {"CV", "Công văn"},
    };
    return types;
}

Status<NumberingError> checkIssuerCode(std::string_view code) {
    if (code.empty()) return fail(error(Reason::BadIssuerCode, "the issuer code is empty"));
    std::size_t chars = 0;
    for (std::size_t i = 0; i < code.size(); ++chars) {
        const unsigned char c = static_cast<unsigned char>(code[i]);
        const bool ascii = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        if (ascii) {
            ++i;
        } else if (c == 0xC4 && i + 1 < code.size() &&
                   (static_cast<unsigned char>(code[i + 1]) == 0x90 ||
                    static_cast<unsigned char>(code[i + 1]) == 0x91)) {
            i += 2; // Đ, đ
        } else {
            return fail(error(Reason::BadIssuerCode,
                              "issuer code " + quoted(code) + " may hold only letters (A-Z, Đ) and digits"));
        }
    }
    if (chars > kMaxIssuerCodeLength)
        return fail(error(Reason::BadIssuerCode, "issuer code " + quoted(code) + " is longer than " +
                                                     std::to_string(kMaxIssuerCodeLength) + " characters"));
    return {};
}

Status<NumberingError> checkTypeCode(std::string_view code, const std::vector<DocumentType> &types) {
    for (const auto &t : types)
        if (t.code == code) return {};
    return fail(error(Reason::UnknownType, "unknown document type " + quoted(code) +
                                               " (e.g. TB = Thông báo, KL = Kết luận, CT = Chỉ thị)"));
}

std::string formatDirectiveNumber(const DirectiveNumber &n) {
    return std::to_string(n.sequence) + "-" + n.typeCode + "/" + n.issuerCode;
}

Result<DirectiveNumber, NumberingError> parseDirectiveNumber(std::string_view text,
                                                             const std::vector<DocumentType> &types) {
    const auto dash = text.find('-');
    const auto slash = text.find('/');
    if (dash == std::string_view::npos || slash == std::string_view::npos || slash < dash)
        return fail(error(Reason::BadFormat,
                          "bad directive number " + quoted(text) + " (expected e.g. 45-TB/TU)"));
    const std::string_view seq = text.substr(0, dash);
    const std::string_view type = text.substr(dash + 1, slash - dash - 1);
    const std::string_view issuer = text.substr(slash + 1);

    if (seq.empty() || seq.size() > 6 ||
        !std::all_of(seq.begin(), seq.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return fail(error(Reason::BadSequence, "bad sequence " + quoted(seq) + " in " + quoted(text) +
                                                   " (1 to 999999, digits only)"));
    if (seq[0] == '0')
        return fail(error(Reason::BadSequence, "sequence " + quoted(seq) + " in " + quoted(text) +
                                                   " must not start with 0"));
    std::uint32_t value = 0;
    for (char c : seq) value = value * 10 + static_cast<std::uint32_t>(c - '0');

    if (auto st = checkTypeCode(type, types); !st) return fail(st.error());
    if (auto st = checkIssuerCode(issuer); !st) return fail(st.error());
    return DirectiveNumber{value, std::string(type), std::string(issuer)};
}

Result<NumberingKey, NumberingError> numberingKey(const NumberRequest &request) {
    if (auto st = checkIssuerCode(request.issuerCode); !st) return fail(st.error());
    if (!request.issuerZone.valid())
        return fail(error(Reason::BadZone, "issuer zone " + std::to_string(request.issuerZone.minutes) +
                                               " minutes is beyond ±14:00"));
    const LocalDate date = localDateAt(request.issuedAtMs, request.issuerZone);
    if (!date.valid())
        return fail(error(Reason::BadDate, "issue date out of range (years 1 to 9999)"));
    return NumberingKey{date.year, request.issuerCode};
}

Result<IssuedNumber, NumberingError> allocateNumber(const NumberRequest &request,
                                                    std::optional<std::uint32_t> highestIssued,
                                                    const std::vector<DocumentType> &types) {
    auto key = numberingKey(request);
    if (!key) return fail(key.error());
    if (auto st = checkTypeCode(request.typeCode, types); !st) return fail(st.error());
    const std::uint32_t highest = highestIssued.value_or(0);
    if (highest >= kMaxDirectiveSequence)
        return fail(error(Reason::SequenceExhausted,
                          "no number left for " + request.issuerCode + " in " + std::to_string(key->year) +
                              " (highest issued " + std::to_string(highest) + ")"));
    IssuedNumber out;
    out.key = std::move(*key);
    out.issueDate = localDateAt(request.issuedAtMs, request.issuerZone);
    out.number = {highest + 1, request.typeCode, request.issuerCode};
    out.text = formatDirectiveNumber(out.number);
    return out;
}

SequenceAudit auditSequence(std::vector<std::uint32_t> issued) {
    std::sort(issued.begin(), issued.end());
    SequenceAudit a;
    std::uint32_t expected = 1; // the next sequence we hope to see
    for (std::size_t i = 0; i < issued.size(); ++i) {
        const std::uint32_t s = issued[i];
        const bool repeat = i > 0 && issued[i - 1] == s;
        if (s == 0 || s > kMaxDirectiveSequence) {
            if (!repeat) a.invalid.push_back(s);
            continue;
        }
        if (repeat) {
            if (a.duplicated.empty() || a.duplicated.back() != s) a.duplicated.push_back(s);
            continue;
        }
        if (s > expected) a.missing.emplace_back(expected, s - 1);
        expected = s + 1;
        a.highest = s;
    }
    return a;
}

} // namespace ecabinet::domain
