// Receipts: who opened which directive, when; and the dashboard's reading and reporting
// statistics built on them. Pure folds over rows the registry reads from its tables.
//
// Rules we decided (tested in ReceiptsTest):
//  - A receipt is per (directive, unit): first read = the earliest read event of any user of
//    the unit, last read = the latest, and the number of opens. Events may arrive out of
//    order (an offline desk flushing late); the fold takes the minimum and maximum, so the
//    result does not depend on order. On equal times the first reader is the one seen first.
//  - Only recipients count: a read of a directive by a unit it was not sent to is ignored by
//    the statistics (the registry refuses such reads anyway).
//  - A unit over a set of directives is: ReadAll (opened every directive sent to it),
//    SomeUnread (opened at least one, not all), NoneRead (opened none of at least one), or
//    NothingSent (no directive was sent to it; counted apart so the four add up to the units).
//  - Reports in / expected: every task expects one report from its lead unit; it is "in" when
//    the task is Reported or Done. A Returned report is not in: the unit owes a new one.
#pragma once

#include "domain/CivilTime.h"
#include "domain/Task.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ecabinet::domain {

struct ReadEvent {
    std::string directiveId;
    std::string unitId;
    std::string userId;
    std::int64_t atMs = 0;
};

struct Receipt {
    std::string directiveId;
    std::string unitId;
    std::int64_t firstReadMs = 0;
    std::int64_t lastReadMs = 0;
    std::string firstReader; // user id
    std::uint32_t opens = 0;
    bool operator==(const Receipt &) const = default;
};

using ReceiptKey = std::pair<std::string, std::string>; // (directive id, unit id)
using Receipts = std::map<ReceiptKey, Receipt>;

// One step of the fold (what an UPSERT does): `current` is the stored receipt, if any.
Receipt recordRead(const std::optional<Receipt> &current, const ReadEvent &event);
Receipts foldReceipts(const std::vector<ReadEvent> &events);

// A directive as sent: to whom, when, from which zone (for reminders' local dates).
struct Dispatch {
    std::string directiveId;
    std::vector<std::string> recipients; // unit ids, distinct (the registry's key)
    std::int64_t publishedAtMs = 0;
    UtcOffset issuerZone = kHanoi;
};

enum class ReadClass { ReadAll, SomeUnread, NoneRead, NothingSent };
std::string_view readClassName(ReadClass c); // "read_all", "some_unread", "none_read", "nothing_sent"
// The class of a unit that opened `read` of the `sent` directives sent to it (read <= sent);
// what readingByUnit decides per unit, for callers that count in SQL (the registry).
ReadClass readClassOf(std::uint32_t sent, std::uint32_t read);

struct UnitReading {
    std::string unitId;
    std::uint32_t sent = 0;
    std::uint32_t read = 0;
    std::vector<std::string> unreadDirectives; // in dispatch order
    ReadClass readClass = ReadClass::NothingSent;
    std::uint32_t unread() const { return sent - read; }
    bool operator==(const UnitReading &) const = default;
};

struct DirectiveReading {
    std::string directiveId;
    std::uint32_t recipients = 0;
    std::uint32_t read = 0;
    std::vector<std::string> unreadBy; // unit ids, in recipient order
    bool operator==(const DirectiveReading &) const = default;
};

struct ReadingSummary {
    std::uint32_t readAll = 0, someUnread = 0, noneRead = 0, nothingSent = 0;
    bool operator==(const ReadingSummary &) const = default;
};

// One row per unit of `units` (in that order), over the directives in `sent`.
std::vector<UnitReading> readingByUnit(const std::vector<std::string> &units,
                                       const std::vector<Dispatch> &sent, const Receipts &receipts);
std::vector<DirectiveReading> readingByDirective(const std::vector<Dispatch> &sent, const Receipts &receipts);
ReadingSummary summarise(const std::vector<UnitReading> &rows);

// A task as the report statistics see it.
struct ReportLine {
    std::string taskId;
    std::string directiveId;
    std::string leadUnit;
    TaskState state = TaskState::Assigned;
};

struct ReportsTally {
    std::uint32_t expected = 0;
    std::uint32_t in = 0;
    bool operator==(const ReportsTally &) const = default;
};

bool reportIn(TaskState state); // Reported or Done
ReportsTally reportsTally(const std::vector<ReportLine> &tasks);
std::map<std::string, ReportsTally> reportsByUnit(const std::vector<ReportLine> &tasks);      // lead unit
std::map<std::string, ReportsTally> reportsByDirective(const std::vector<ReportLine> &tasks);

} // namespace ecabinet::domain
