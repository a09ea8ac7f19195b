// Event log hash chain: every kind of tampering is found and named at the right row.
#include "domain/HashChain.h"

#include <gtest/gtest.h>

#include <functional>

using namespace ecabinet::domain;
using Reason = ChainBreak::Reason;

namespace {

std::vector<ChainRow> tenRows() {
    std::vector<ChainRow> rows;
    ChainTip tip;
    for (int i = 0; i < 10; ++i) {
        rows.push_back(link(tip, {"m1", 1'700'000'000'000 + i * 1000, "attendance_changed", "p0" + std::to_string(i),
                                  std::string("payload\0bytes ", 14) + std::to_string(i)}));
        tip = tipOf(rows.back());
    }
    return rows;
}

void expectBreak(const std::vector<ChainRow> &rows, std::size_t index, std::uint64_t seq, Reason reason) {
    auto got = verifyChain(rows);
    ASSERT_FALSE(got.ok()) << "tampering went unnoticed";
    EXPECT_EQ(got.error().index, index) << got.error().text;
    EXPECT_EQ(got.error().seq, seq) << got.error().text;
    EXPECT_EQ(reasonName(got.error().reason), reasonName(reason)) << got.error().text;
}

} // namespace

TEST(HashChain, Sha256OfAKnownString) {
    // Computed with: printf 'abc' | sha256sum
    EXPECT_EQ(hex(sha256("abc")), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST(HashChain, CanonicalBytesFollowTheDocumentedLayout) {
    ChainRow r{"m1", 12, -5, "t", "a", std::string("x\0y", 3), std::string(32, '\0'), ""};
    EXPECT_EQ(canonicalBytes(r), std::string("m1\0" "12\0" "-5\0" "t\0" "a\0" "x\0y", 16));
    EXPECT_EQ(computeHash(r), sha256(std::string(32, '\0') + canonicalBytes(r)));
}

TEST(HashChain, LinkNumbersAndChainsRows) {
    const auto rows = tenRows();
    EXPECT_EQ(rows[0].seq, 1u);
    EXPECT_EQ(rows[0].prevHash, std::string(32, '\0'));
    for (std::size_t i = 1; i < rows.size(); ++i) {
        EXPECT_EQ(rows[i].seq, i + 1);
        EXPECT_EQ(rows[i].prevHash, rows[i - 1].hash);
        EXPECT_EQ(rows[i].hash.size(), kHashBytes);
    }
    EXPECT_EQ(link(rows[3], {"m1", 0, "x", "", ""}), link(tipOf(rows[3]), {"m1", 0, "x", "", ""}));
}

TEST(HashChain, AnUntouchedChainVerifies) {
    const auto rows = tenRows();
    auto got = verifyChain(rows);
    ASSERT_TRUE(got.ok()) << got.error().text;
    EXPECT_EQ(got->rows, 10u);
    EXPECT_EQ(got->tip.seq, 10u);
    EXPECT_EQ(got->tip.hash, rows.back().hash);
    EXPECT_TRUE(verifyChain({}).ok());
}

TEST(HashChain, EditedPayloadIsNamed) {
    auto rows = tenRows();
    rows[4].payload[0] ^= 1; // one bit of seq 5
    expectBreak(rows, 4, 5, Reason::Edited);
}

TEST(HashChain, EveryEditedFieldIsNamed) {
    // Bad input tried: a change to each field of seq 7, the hash left as it was.
    const std::vector<std::function<void(ChainRow &)>> edits = {
        [](ChainRow &r) { r.meetingId = "m2"; },  [](ChainRow &r) { r.timeMs += 1; },
        [](ChainRow &r) { r.type = "forged"; },   [](ChainRow &r) { r.actor = "p99"; },
        [](ChainRow &r) { r.payload += "x"; },    [](ChainRow &r) { r.hash[31] ^= 1; },
        [](ChainRow &r) { r.hash.pop_back(); },
    };
    for (std::size_t e = 0; e < edits.size(); ++e) {
        SCOPED_TRACE("edit " + std::to_string(e));
        auto rows = tenRows();
        edits[e](rows[6]);
        expectBreak(rows, 6, 7, Reason::Edited);
    }
}

TEST(HashChain, ChangedPrevHashIsAnEdit) {
    auto rows = tenRows();
    rows[5].prevHash[0] ^= 1; // prev_hash is covered by the row's own hash
    expectBreak(rows, 5, 6, Reason::Edited);
}

TEST(HashChain, ChangedPrevHashWithARecomputedHashBreaksTheLink) {
    // Bad input tried: a forger who knows the algorithm and recomputes the row's hash.
    auto rows = tenRows();
    rows[5].prevHash[0] ^= 1;
    rows[5].hash = computeHash(rows[5]);
    expectBreak(rows, 5, 6, Reason::BrokenLink);
}

TEST(HashChain, RewrittenRowWithRecomputedHashIsCaughtAtTheNextRow) {
    auto rows = tenRows();
    rows[2].payload = "forged";
    rows[2].hash = computeHash(rows[2]);
    expectBreak(rows, 3, 4, Reason::BrokenLink);
    EXPECT_NE(verifyChain(rows).error().text.find("seq 3"), std::string::npos) << "names the rewritten row";
}

TEST(HashChain, DeletedRowsAreNamedMissing) {
    for (std::size_t gone : {0u, 3u, 8u}) {
        SCOPED_TRACE("deleted seq " + std::to_string(gone + 1));
        auto rows = tenRows();
        rows.erase(rows.begin() + static_cast<std::ptrdiff_t>(gone));
        expectBreak(rows, gone, gone + 2, Reason::Missing);
    }
    auto rows = tenRows();
    rows.erase(rows.begin() + 3, rows.begin() + 6); // seq 4..6
    expectBreak(rows, 3, 7, Reason::Missing);
    EXPECT_NE(verifyChain(rows).error().text.find("seq 4 to 6"), std::string::npos) << verifyChain(rows).error().text;
}

TEST(HashChain, DeletedAndRenumberedRowIsAnEdit) {
    // Bad input tried: delete seq 4 and renumber the rest to hide the gap.
    auto rows = tenRows();
    rows.erase(rows.begin() + 3);
    for (std::size_t i = 3; i < rows.size(); ++i) rows[i].seq -= 1;
    expectBreak(rows, 3, 4, Reason::Edited);
}

TEST(HashChain, SwappedRowsAreNamedReordered) {
    for (auto [a, b] : {std::pair{0u, 1u}, std::pair{4u, 5u}, std::pair{2u, 7u}, std::pair{8u, 9u}}) {
        SCOPED_TRACE("swapped rows " + std::to_string(a) + " and " + std::to_string(b));
        auto rows = tenRows();
        std::swap(rows[a], rows[b]);
        expectBreak(rows, a, b + 1, Reason::Reordered);
    }
}

TEST(HashChain, RepeatedRowIsReordered) {
    auto rows = tenRows();
    rows.insert(rows.begin() + 5, rows[4]); // seq 5 twice
    expectBreak(rows, 5, 5, Reason::Reordered);
}

TEST(HashChain, RowFromAnotherMeetingBreaksTheLink) {
    // Bad input tried: seq 3 of meeting m2 (consistent in itself) spliced into m1's chain.
    auto rows = tenRows();
    ChainRow foreign = rows[2];
    foreign.meetingId = "m2";
    foreign.hash = computeHash(foreign);
    rows[2] = foreign;
    expectBreak(rows, 2, 3, Reason::BrokenLink);
}

TEST(HashChain, FirstRowMustStartFromZeros) {
    auto rows = tenRows();
    rows[0].prevHash = std::string(32, '\x01');
    rows[0].hash = computeHash(rows[0]);
    expectBreak(rows, 0, 1, Reason::BrokenLink);
}

TEST(HashChain, FingerprintOfAKnownKey) {
    // Key = bytes 0x00, 0x01, ..., 0x1f. Computed independently with:
    //   printf "$(printf '\\x%02x' $(seq 0 31))" | sha256sum
    //   630dcd2966c4336691125448bbb25b4ff412a49c732db2c8abc1b8581bd710dd
    // first 16 bytes = first 32 hex digits, in groups of 4.
    std::string key;
    for (int i = 0; i < 32; ++i) key.push_back(static_cast<char>(i));
    auto fp = fingerprint(key);
    ASSERT_TRUE(fp.ok()) << fp.error();
    EXPECT_EQ(*fp, "630d cd29 66c4 3366 9112 5448 bbb2 5b4f");
}

TEST(HashChain, FingerprintRefusesKeysOfTheWrongSize) {
    // Bad input tried: empty, 31 and 33 bytes, and a 40-character Z85 text instead of raw bytes.
    for (std::size_t n : {0u, 31u, 33u, 40u}) EXPECT_FALSE(fingerprint(std::string(n, 'k')).ok()) << n;
}
