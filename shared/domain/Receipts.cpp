#include "domain/Receipts.h"

namespace ecabinet::domain {

Receipt recordRead(const std::optional<Receipt> &current, const ReadEvent &e) {
    if (!current) return {e.directiveId, e.unitId, e.atMs, e.atMs, e.userId, 1};
    Receipt r = *current;
    if (e.atMs < r.firstReadMs) {
        r.firstReadMs = e.atMs;
        r.firstReader = e.userId;
    }
    if (e.atMs > r.lastReadMs) r.lastReadMs = e.atMs;
    ++r.opens;
    return r;
}

Receipts foldReceipts(const std::vector<ReadEvent> &events) {
    Receipts out;
    for (const auto &e : events) {
        ReceiptKey key{e.directiveId, e.unitId};
        auto it = out.find(key);
        if (it == out.end())
            out.emplace(std::move(key), recordRead(std::nullopt, e));
        else
            it->second = recordRead(it->second, e);
    }
    return out;
}

std::string_view readClassName(ReadClass c) {
    switch (c) {
    case ReadClass::ReadAll: return "read_all";
    case ReadClass::SomeUnread: return "some_unread";
    case ReadClass::NoneRead: return "none_read";
    case ReadClass::NothingSent: return "nothing_sent";
    }
    return "?";
}

ReadClass readClassOf(std::uint32_t sent, std::uint32_t read) {
    return sent == 0      ? ReadClass::NothingSent
           : read >= sent ? ReadClass::ReadAll
           : read == 0    ? ReadClass::NoneRead
                          : ReadClass::SomeUnread;
}

std::vector<UnitReading> readingByUnit(const std::vector<std::string> &units, const std::vector<Dispatch> &sent,
                                       const Receipts &receipts) {
    std::map<std::string, UnitReading> rows;
    for (const auto &u : units) rows[u].unitId = u;
    for (const auto &d : sent) {
        for (const auto &u : d.recipients) {
            auto it = rows.find(u);
            if (it == rows.end()) continue; // not a unit we were asked about
            ++it->second.sent;
            if (receipts.contains({d.directiveId, u}))
                ++it->second.read;
            else
                it->second.unreadDirectives.push_back(d.directiveId);
        }
    }
    std::vector<UnitReading> out;
    out.reserve(units.size());
    for (const auto &u : units) {
        UnitReading r = rows[u];
        r.readClass = readClassOf(r.sent, r.read);
        out.push_back(std::move(r));
    }
    return out;
}

std::vector<DirectiveReading> readingByDirective(const std::vector<Dispatch> &sent, const Receipts &receipts) {
    std::vector<DirectiveReading> out;
    out.reserve(sent.size());
    for (const auto &d : sent) {
        DirectiveReading r{d.directiveId, 0, 0, {}};
        for (const auto &u : d.recipients) {
            ++r.recipients;
            if (receipts.contains({d.directiveId, u}))
                ++r.read;
            else
                r.unreadBy.push_back(u);
        }
        out.push_back(std::move(r));
    }
    return out;
}

ReadingSummary summarise(const std::vector<UnitReading> &rows) {
    ReadingSummary s;
    for (const auto &r : rows) {
        switch (r.readClass) {
        case ReadClass::ReadAll: ++s.readAll; break;
        case ReadClass::SomeUnread: ++s.someUnread; break;
        case ReadClass::NoneRead: ++s.noneRead; break;
        case ReadClass::NothingSent: ++s.nothingSent; break;
        }
    }
    return s;
}

bool reportIn(TaskState s) { return s == TaskState::Reported || s == TaskState::Done; }

ReportsTally reportsTally(const std::vector<ReportLine> &tasks) {
    ReportsTally t;
    for (const auto &l : tasks) {
        ++t.expected;
        if (reportIn(l.state)) ++t.in;
    }
    return t;
}

std::map<std::string, ReportsTally> reportsByUnit(const std::vector<ReportLine> &tasks) {
    std::map<std::string, ReportsTally> out;
    for (const auto &l : tasks) {
        auto &t = out[l.leadUnit];
        ++t.expected;
        if (reportIn(l.state)) ++t.in;
    }
    return out;
}

std::map<std::string, ReportsTally> reportsByDirective(const std::vector<ReportLine> &tasks) {
    std::map<std::string, ReportsTally> out;
    for (const auto &l : tasks) {
        auto &t = out[l.directiveId];
        ++t.expected;
        if (reportIn(l.state)) ++t.in;
    }
    return out;
}

} // namespace ecabinet::domain
