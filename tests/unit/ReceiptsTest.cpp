// Receipts (first / last read per directive and unit) as a fold that does not depend on the
// order of events, the read-all / some-unread / none-read statistics of the users' dashboard
// (49 units, 21 directives: 14 read all, 26 had 1–5 unread, 9 read none), and reports in.
#include "domain/Receipts.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <random>

using namespace ecabinet::domain;

namespace {
constexpr std::int64_t kT0 = 1'795'395'600'000;
constexpr std::int64_t kHour = 3'600'000;

std::string unitName(int i) {
    char b[16];
    std::snprintf(b, sizeof b, "u%02d", i);
    return b;
}
} // namespace

TEST(Receipts, FirstAndLastReadOfAUnit) {
    const std::vector<ReadEvent> events = {
        {"d1", "SoTC", "tc.an", kT0 + 5 * kHour},
        {"d1", "SoTC", "tc.binh", kT0 + 1 * kHour},
        {"d1", "SoTC", "tc.an", kT0 + 9 * kHour},
        {"d1", "SoYT", "yt.chi", kT0 + 2 * kHour},
        {"d2", "SoTC", "tc.an", kT0 + 3 * kHour},
    };
    const Receipts r = foldReceipts(events);
    ASSERT_EQ(r.size(), 3u);
    const Receipt &a = r.at({"d1", "SoTC"});
    EXPECT_EQ(a.firstReadMs, kT0 + 1 * kHour);
    EXPECT_EQ(a.lastReadMs, kT0 + 9 * kHour);
    EXPECT_EQ(a.firstReader, "tc.binh");
    EXPECT_EQ(a.opens, 3u);
    EXPECT_EQ(r.at({"d1", "SoYT"}).opens, 1u);
    EXPECT_EQ(r.at({"d1", "SoYT"}).firstReadMs, r.at({"d1", "SoYT"}).lastReadMs);
    EXPECT_FALSE(r.contains({"d2", "SoYT"}));
}

TEST(Receipts, TheFoldDoesNotDependOnOrder) {
    std::vector<ReadEvent> events;
    for (int i = 0; i < 60; ++i)
        events.push_back({"d" + std::to_string(i % 4), "unit" + std::to_string(i % 7), "user" + std::to_string(i),
                          kT0 + (i * 7919 % 101) * kHour});
    const Receipts reference = foldReceipts(events);
    std::mt19937 rng(42);
    for (int round = 0; round < 20; ++round) {
        std::shuffle(events.begin(), events.end(), rng);
        const Receipts got = foldReceipts(events);
        ASSERT_EQ(got.size(), reference.size());
        for (const auto &[key, r] : reference) {
            const Receipt &g = got.at(key);
            EXPECT_EQ(g.firstReadMs, r.firstReadMs);
            EXPECT_EQ(g.lastReadMs, r.lastReadMs);
            EXPECT_EQ(g.opens, r.opens);
            EXPECT_EQ(g.firstReader, r.firstReader); // distinct times here, so the reader is fixed
        }
    }
}

TEST(Receipts, IncrementalStepsMatchTheFold) {
    std::optional<Receipt> stored;
    stored = recordRead(stored, {"d1", "SoTC", "b", kT0 + 2 * kHour});
    stored = recordRead(stored, {"d1", "SoTC", "a", kT0 + 1 * kHour}); // an offline desk, late
    stored = recordRead(stored, {"d1", "SoTC", "c", kT0 + 1 * kHour}); // same time: first seen wins
    stored = recordRead(stored, {"d1", "SoTC", "d", kT0 + 3 * kHour});
    EXPECT_EQ(*stored, (Receipt{"d1", "SoTC", kT0 + kHour, kT0 + 3 * kHour, "a", 4}));
}

TEST(Reading, TheUsersDashboardFortyNineUnitsTwentyOneDirectives) {
    std::vector<std::string> units;
    for (int i = 1; i <= 49; ++i) units.push_back(unitName(i));
    units.push_back("u50"); // a unit that received nothing
    std::vector<Dispatch> sent;
    for (int d = 1; d <= 21; ++d)
        sent.push_back({"d" + std::to_string(d), {units.begin(), units.begin() + 49}, kT0 + d * kHour, kHanoi});

    std::vector<ReadEvent> events;
    for (int i = 0; i < 49; ++i) {
        int unread = 0;                         // units 1..14 read all
        if (i >= 14 && i < 40) unread = 1 + (i % 5); // 26 units with 1..5 unread
        if (i >= 40) unread = 21;               // 9 units read none
        for (int d = unread + 1; d <= 21; ++d) {
            events.push_back({"d" + std::to_string(d), units[i], "user", kT0 + 30 * kHour});
            events.push_back({"d" + std::to_string(d), units[i], "user2", kT0 + 40 * kHour}); // opened twice
        }
    }
    events.push_back({"d1", "u50", "x", kT0 + 50 * kHour});  // not a recipient: ignored
    events.push_back({"d99", "u01", "x", kT0 + 50 * kHour}); // unknown directive: ignored

    const Receipts receipts = foldReceipts(events);
    const auto rows = readingByUnit(units, sent, receipts);
    ASSERT_EQ(rows.size(), 50u);
    EXPECT_EQ(summarise(rows), (ReadingSummary{14, 26, 9, 1}));
    for (std::size_t i = 0; i < rows.size(); ++i) {
        SCOPED_TRACE(rows[i].unitId);
        EXPECT_EQ(rows[i].unitId, units[i]);
        if (i < 14) {
            EXPECT_EQ(rows[i].readClass, ReadClass::ReadAll);
            EXPECT_EQ(rows[i].unread(), 0u);
        } else if (i < 40) {
            EXPECT_EQ(rows[i].readClass, ReadClass::SomeUnread);
            EXPECT_GE(rows[i].unread(), 1u);
            EXPECT_LE(rows[i].unread(), 5u);
            EXPECT_EQ(rows[i].unreadDirectives.front(), "d1");
        } else if (i < 49) {
            EXPECT_EQ(rows[i].readClass, ReadClass::NoneRead);
            EXPECT_EQ(rows[i].read, 0u);
            EXPECT_EQ(rows[i].sent, 21u);
        } else {
            EXPECT_EQ(rows[i].readClass, ReadClass::NothingSent);
            EXPECT_EQ(rows[i].sent, 0u);
            EXPECT_EQ(rows[i].read, 0u); // its read of d1 does not count
        }
        EXPECT_EQ(rows[i].unreadDirectives.size(), rows[i].unread());
    }

    const auto byDirective = readingByDirective(sent, receipts);
    ASSERT_EQ(byDirective.size(), 21u);
    // d1 is unread by the 26 + 9 units; d21 by the 9 only
    EXPECT_EQ(byDirective[0].recipients, 49u);
    EXPECT_EQ(byDirective[0].read, 14u);
    EXPECT_EQ(byDirective[0].unreadBy.size(), 35u);
    EXPECT_EQ(byDirective[20].read, 40u);
    EXPECT_EQ(byDirective[20].unreadBy, (std::vector<std::string>{"u41", "u42", "u43", "u44", "u45", "u46", "u47",
                                                                  "u48", "u49"}));
    EXPECT_EQ(readClassName(ReadClass::SomeUnread), "some_unread");
}

TEST(Reading, OnlyTheUnitsAskedAbout) {
    const std::vector<Dispatch> sent = {{"d1", {"a", "b"}, kT0, kHanoi}, {"d2", {"b"}, kT0, kHanoi}};
    const Receipts receipts = foldReceipts({{"d2", "b", "x", kT0}});
    const auto rows = readingByUnit({"b"}, sent, receipts);
    ASSERT_EQ(rows.size(), 1u);
    EXPECT_EQ(rows[0].sent, 2u);
    EXPECT_EQ(rows[0].read, 1u);
    EXPECT_EQ(rows[0].readClass, ReadClass::SomeUnread);
    EXPECT_EQ(rows[0].unreadDirectives, (std::vector<std::string>{"d1"}));
    EXPECT_TRUE(readingByUnit({}, sent, receipts).empty());
    EXPECT_EQ(summarise({}), ReadingSummary{});
}

TEST(Reports, InOfExpected) {
    using S = TaskState;
    std::vector<ReportLine> tasks;
    // 49 units, one task each on d1; 18 have reported (12 reported, 6 done), 3 were returned
    for (int i = 1; i <= 49; ++i) {
        S s = S::InProgress;
        if (i <= 12) s = S::Reported;
        else if (i <= 18) s = S::Done;
        else if (i <= 21) s = S::Returned;
        else if (i <= 30) s = S::Acknowledged;
        else if (i <= 40) s = S::Assigned;
        tasks.push_back({"t" + std::to_string(i), "d1", unitName(i), s});
    }
    tasks.push_back({"t50", "d2", "u01", S::Done});
    tasks.push_back({"t51", "d2", "u02", S::Assigned});

    EXPECT_EQ(reportsTally(tasks), (ReportsTally{51, 19}));
    const auto byDirective = reportsByDirective(tasks);
    EXPECT_EQ(byDirective.at("d1"), (ReportsTally{49, 18}));
    EXPECT_EQ(byDirective.at("d2"), (ReportsTally{2, 1}));
    const auto byUnit = reportsByUnit(tasks);
    EXPECT_EQ(byUnit.size(), 49u);
    EXPECT_EQ(byUnit.at("u01"), (ReportsTally{2, 2}));
    EXPECT_EQ(byUnit.at("u02"), (ReportsTally{2, 1}));
    EXPECT_EQ(byUnit.at("u20"), (ReportsTally{1, 0})); // returned: owes a new report
    EXPECT_EQ(reportsTally({}), ReportsTally{});
    for (S s : kAllTaskStates) EXPECT_EQ(reportIn(s), s == S::Reported || s == S::Done);
}

// The class by counts (what the registry's SQL counts give) is the class by directives.
TEST(ReceiptsTest, ReadClassOfCountsAgreesWithTheFold) {
    using ecabinet::domain::ReadClass;
    using ecabinet::domain::readClassOf;
    EXPECT_EQ(readClassOf(0, 0), ReadClass::NothingSent);
    EXPECT_EQ(readClassOf(21, 21), ReadClass::ReadAll);
    EXPECT_EQ(readClassOf(21, 20), ReadClass::SomeUnread);
    EXPECT_EQ(readClassOf(21, 16), ReadClass::SomeUnread);
    EXPECT_EQ(readClassOf(21, 0), ReadClass::NoneRead);
    EXPECT_EQ(readClassOf(1, 1), ReadClass::ReadAll);
    EXPECT_EQ(readClassOf(1, 0), ReadClass::NoneRead);
}
