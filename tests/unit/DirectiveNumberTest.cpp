// Directive numbers: "45-TB/TU" parsing and formatting, the allocator over "highest issued so
// far for (year, issuer)", the year rolling over at the issuer's local midnight, and the
// audit of a sequence for gaps and duplicates.
#include "domain/DirectiveNumber.h"

#include <gtest/gtest.h>

#include <map>

using namespace ecabinet::domain;
using Reason = NumberingError::Reason;

namespace {
constexpr std::int64_t kT0 = 1'795'395'600'000; // 2026-11-23T08:00:00+07:00

NumberRequest request(std::string type = "TB", std::int64_t at = kT0, UtcOffset zone = kHanoi) {
    return {"TU", std::move(type), at, zone};
}
} // namespace

TEST(DirectiveNumber, FormatsAndParses) {
    EXPECT_EQ(formatDirectiveNumber({45, "TB", "TU"}), "45-TB/TU");
    auto n = parseDirectiveNumber("45-TB/TU");
    ASSERT_TRUE(n.ok()) << n.error().text;
    EXPECT_EQ(*n, (DirectiveNumber{45, "TB", "TU"}));
    for (const char *text : {"1-KL/TU", "999999-CT/VPTU", "12-QĐ/TU", "3-QĐi/BTGTU", "7-ĐA/ĐU", "20-TTr/BCSĐ",
                             "5-CV/UBKTTU", "8-NQ/HU2"}) {
        SCOPED_TRACE(text);
        auto p = parseDirectiveNumber(text);
        ASSERT_TRUE(p.ok()) << p.error().text;
        EXPECT_EQ(formatDirectiveNumber(*p), text);
    }
}

TEST(DirectiveNumber, RefusesBadNumbersWithTheReason) {
    const std::vector<std::pair<const char *, Reason>> cases = {
        {"45TB/TU", Reason::BadFormat},
        {"45-TB-TU", Reason::BadFormat},
        {"TU/45-TB", Reason::BadFormat},
        {"", Reason::BadFormat},
        {"-TB/TU", Reason::BadSequence},
        {"0-TB/TU", Reason::BadSequence},
        {"045-TB/TU", Reason::BadSequence},
        {"1000000-TB/TU", Reason::BadSequence},
        {"4a-TB/TU", Reason::BadSequence},
        {"+45-TB/TU", Reason::BadSequence},
        {" 45-TB/TU", Reason::BadSequence},
        {"45-XX/TU", Reason::UnknownType},
        {"45-tb/TU", Reason::UnknownType},
        {"45-/TU", Reason::UnknownType},
        {"45-QD/TU", Reason::UnknownType}, // QĐ is spelt with Đ
        {"45-TB/", Reason::BadIssuerCode},
        {"45-TB/T U", Reason::BadIssuerCode},
        {"45-TB/TU ", Reason::BadIssuerCode},
        {"45-TB/TU/X", Reason::BadIssuerCode},
        {"45-TB/TU-2", Reason::BadIssuerCode},
        {"45-TB/TỈNH", Reason::BadIssuerCode},
        {"45-TB/ABCDEFGHIJKLMNOPQ", Reason::BadIssuerCode}, // 17 characters
    };
    for (const auto &[text, why] : cases) {
        SCOPED_TRACE(text);
        auto p = parseDirectiveNumber(text);
        ASSERT_FALSE(p.ok());
        EXPECT_EQ(p.error().reason, why) << p.error().text;
        EXPECT_FALSE(p.error().text.empty());
    }
    // 16 characters, Đ counted as one
    EXPECT_TRUE(parseDirectiveNumber("1-TB/ĐBCDEFGHIJKLMNOP").ok());
    EXPECT_TRUE(checkIssuerCode("ABCDEFGHIJKLMNOP"));
    EXPECT_FALSE(checkIssuerCode("ABCDEFGHIJKLMNOPQ"));
    // half of a UTF-8 Đ
    EXPECT_FALSE(checkIssuerCode(std::string("T\xC4", 2)));
}

TEST(DirectiveNumber, ACustomCatalogueOfTypes) {
    const std::vector<DocumentType> mine = {{"TB", "Thông báo"}, {"GM", "Giấy mời"}};
    EXPECT_TRUE(parseDirectiveNumber("3-GM/VPTU", mine).ok());
    auto p = parseDirectiveNumber("3-KL/VPTU", mine);
    ASSERT_FALSE(p.ok());
    EXPECT_EQ(p.error().reason, Reason::UnknownType);
    EXPECT_FALSE(parseDirectiveNumber("3-GM/VPTU").ok());
    // every built-in code parses and the codes are distinct
    std::set<std::string> codes;
    for (const auto &t : partyDocumentTypes()) {
        EXPECT_TRUE(codes.insert(t.code).second) << t.code;
        EXPECT_TRUE(parseDirectiveNumber("1-" + t.code + "/TU").ok()) << t.code;
        EXPECT_FALSE(t.name.empty());
    }
    EXPECT_EQ(codes.size(), 20u);
}

TEST(DirectiveNumber, AllocatesTheNextNumber) {
    auto first = allocateNumber(request(), std::nullopt);
    ASSERT_TRUE(first.ok()) << first.error().text;
    EXPECT_EQ(first->text, "1-TB/TU");
    EXPECT_EQ(first->key, (NumberingKey{2026, "TU"}));
    EXPECT_EQ(first->issueDate, (LocalDate{2026, 11, 23}));

    auto next = allocateNumber(request("KL"), 44u);
    ASSERT_TRUE(next.ok());
    EXPECT_EQ(next->text, "45-KL/TU");
    EXPECT_EQ(next->number, (DirectiveNumber{45, "KL", "TU"}));

    auto last = allocateNumber(request(), kMaxDirectiveSequence - 1);
    ASSERT_TRUE(last.ok());
    EXPECT_EQ(last->number.sequence, kMaxDirectiveSequence);
    auto over = allocateNumber(request(), kMaxDirectiveSequence);
    ASSERT_FALSE(over.ok());
    EXPECT_EQ(over.error().reason, Reason::SequenceExhausted);
    EXPECT_NE(over.error().text.find("2026"), std::string::npos);
}

TEST(DirectiveNumber, RefusesBadRequests) {
    auto r = allocateNumber(request("XX"), 3u);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().reason, Reason::UnknownType);
    NumberRequest q = request();
    q.issuerCode = "T/U";
    r = allocateNumber(q, 3u);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().reason, Reason::BadIssuerCode);
    EXPECT_EQ(numberingKey(q).error().reason, Reason::BadIssuerCode);
    q = request();
    q.issuerZone = UtcOffset{15 * 60};
    r = allocateNumber(q, 3u);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().reason, Reason::BadZone);
    q = request();
    q.issuedAtMs = startOfLocalDayMs({1, 1, 1}, kHanoi) - 1; // year 0
    r = allocateNumber(q, std::nullopt);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().reason, Reason::BadDate);
}

TEST(DirectiveNumber, TheYearRollsOverAtTheIssuersLocalMidnight) {
    const std::int64_t newYearHanoi = startOfLocalDayMs({2027, 1, 1}, kHanoi); // 2026-12-31T17:00Z
    // Hanoi issuer: last millisecond of 2026, then the first of 2027
    auto before = allocateNumber(request("TB", newYearHanoi - 1), 812u);
    ASSERT_TRUE(before.ok());
    EXPECT_EQ(before->key.year, 2026);
    EXPECT_EQ(before->issueDate, (LocalDate{2026, 12, 31}));
    EXPECT_EQ(before->text, "813-TB/TU");
    auto keyAfter = numberingKey(request("TB", newYearHanoi));
    ASSERT_TRUE(keyAfter.ok());
    EXPECT_EQ(*keyAfter, (NumberingKey{2027, "TU"}));
    // the store finds no number yet for (2027, TU)
    auto after = allocateNumber(request("TB", newYearHanoi), std::nullopt);
    ASSERT_TRUE(after.ok());
    EXPECT_EQ(after->issueDate, (LocalDate{2027, 1, 1}));
    EXPECT_EQ(after->text, "1-TB/TU");
    // the same instant for an issuer keeping UTC is still 2026
    auto utc = numberingKey(request("TB", newYearHanoi, kUtc));
    ASSERT_TRUE(utc.ok());
    EXPECT_EQ(utc->year, 2026);
    EXPECT_EQ(numberingKey(request("TB", startOfLocalDayMs({2027, 1, 1}, kUtc), kUtc))->year, 2027);
    // and an issuer west of UTC is still in 2026 seven hours later
    EXPECT_EQ(numberingKey(request("TB", newYearHanoi + 7 * 3'600'000, UtcOffset::hours(-5)))->year, 2026);
}

TEST(DirectiveNumber, SequentialAllocationIsGapFreePerYearAndIssuer) {
    // A model of the store: highest per key, allocation in one step (the transaction).
    std::map<NumberingKey, std::uint32_t> highest;
    std::map<NumberingKey, std::vector<std::uint32_t>> issued;
    std::set<std::pair<std::int32_t, std::string>> texts;
    const std::int64_t start = startOfLocalDayMs({2026, 12, 30}, kHanoi);
    const std::vector<std::string> issuers = {"TU", "VPTU", "BTGTU"};
    const std::vector<std::string> types = {"TB", "KL", "CT"};
    for (int i = 0; i < 300; ++i) {
        NumberRequest q{issuers[i % 3], types[(i / 3) % 3], start + std::int64_t{i} * 1'000'000, kHanoi};
        auto key = numberingKey(q);
        ASSERT_TRUE(key.ok());
        auto it = highest.find(*key);
        auto n = allocateNumber(q, it == highest.end() ? std::nullopt : std::optional(it->second));
        ASSERT_TRUE(n.ok());
        ASSERT_EQ(n->key, *key);
        highest[*key] = n->number.sequence;
        issued[*key].push_back(n->number.sequence);
        EXPECT_TRUE(texts.insert({n->key.year, n->text}).second) << n->text;
    }
    EXPECT_EQ(issued.size(), 6u); // 3 issuers × (2026, 2027)
    for (const auto &[key, seqs] : issued) {
        SCOPED_TRACE(key.issuerCode + " " + std::to_string(key.year));
        const auto audit = auditSequence(seqs);
        EXPECT_TRUE(audit.gapFree());
        EXPECT_EQ(audit.highest, seqs.size());
    }
}

TEST(DirectiveNumber, AuditFindsGapsDuplicatesAndNonsense) {
    EXPECT_EQ(auditSequence({}), SequenceAudit{});
    EXPECT_TRUE(auditSequence({}).gapFree());
    auto a = auditSequence({3, 1, 2});
    EXPECT_TRUE(a.gapFree());
    EXPECT_EQ(a.highest, 3u);

    a = auditSequence({1, 2, 2, 5, 9, 9, 9, 6});
    EXPECT_FALSE(a.gapFree());
    EXPECT_EQ(a.highest, 9u);
    EXPECT_EQ(a.missing, (std::vector<std::pair<std::uint32_t, std::uint32_t>>{{3, 4}, {7, 8}}));
    EXPECT_EQ(a.duplicated, (std::vector<std::uint32_t>{2, 9}));
    EXPECT_TRUE(a.invalid.empty());

    a = auditSequence({2});
    EXPECT_EQ(a.missing, (std::vector<std::pair<std::uint32_t, std::uint32_t>>{{1, 1}}));

    a = auditSequence({0, 0, 1, kMaxDirectiveSequence + 1});
    EXPECT_FALSE(a.gapFree());
    EXPECT_EQ(a.invalid, (std::vector<std::uint32_t>{0, kMaxDirectiveSequence + 1}));
    EXPECT_TRUE(a.missing.empty());
    EXPECT_TRUE(a.duplicated.empty());
    EXPECT_EQ(a.highest, 1u);

    // one stray huge number yields one range, not a million entries
    a = auditSequence({1, kMaxDirectiveSequence});
    EXPECT_EQ(a.missing, (std::vector<std::pair<std::uint32_t, std::uint32_t>>{{2, kMaxDirectiveSequence - 1}}));
}
