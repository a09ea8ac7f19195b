// The hub's registry outbox on a real hub.db: hand-offs are written only inside the caller's
// transaction, one row per conclusion, and a failed delivery backs off without losing the row.
#include "StoreFixture.h"

#include "registry/Outbox.h"

#include <gtest/gtest.h>

using namespace ecabinet;
using hub::registry::Outbox;

namespace {

wire::ConclusionHandoff handoff(const std::string &id, const std::string &text) {
    wire::ConclusionHandoff h;
    h.set_hub_id("phong-hop-1");
    h.set_meeting_id("m1");
    h.set_meeting_title("Phiên họp thường kỳ tháng 11");
    h.set_meeting_date("2026-11-23");
    h.set_item_number("2");
    h.set_item_title("Kế hoạch đầu tư công");
    h.set_conclusion_id(id);
    h.set_text(text);
    h.set_approved_by("Nguyễn Văn A");
    h.set_approved_at_ms(1'790'000'000'000);
    return h;
}

} // namespace

TEST(Outbox, EnqueueOutsideATransactionIsRefusedAndWritesNothing) {
    test::HubDir dir;
    dir.init();
    auto store = dir.openStore();
    Outbox outbox(*store);
    // Tried: a hand-off with no open transaction (it could commit without its approval).
    EXPECT_THROW(outbox.enqueue(handoff("c1", "Giao Sở Y tế"), 1000), hub::StoreError);
    EXPECT_EQ(outbox.counts().pending, 0u);
}

TEST(Outbox, SameConclusionTwiceIsOneRowAndRollbackLeavesNone) {
    test::HubDir dir;
    dir.init();
    auto store = dir.openStore();
    Outbox outbox(*store);
    {
        hub::Store::Transaction tx(*store);
        const auto a = outbox.enqueue(handoff("c1", "Giao Sở Y tế"), 1000);
        const auto b = outbox.enqueue(handoff("c1", "Giao Sở Y tế"), 2000);
        EXPECT_EQ(a, b);
        tx.commit();
    }
    {
        hub::Store::Transaction tx(*store);
        outbox.enqueue(handoff("c2", "bị huỷ cùng giao dịch"), 3000);
        // no commit: the approval failed, so must its hand-off
    }
    const auto rows = outbox.all();
    ASSERT_EQ(rows.size(), 1u);
    EXPECT_EQ(rows[0].handoff.conclusion_id(), "c1");
    EXPECT_EQ(rows[0].handoff.text(), "Giao Sở Y tế");
    EXPECT_FALSE(rows[0].deliveredMs.has_value());
}

TEST(Outbox, FailuresBackOffThenDeliveryMarksOnce) {
    test::HubDir dir;
    dir.init();
    auto store = dir.openStore();
    Outbox outbox(*store);
    std::int64_t id = 0;
    {
        hub::Store::Transaction tx(*store);
        id = outbox.enqueue(handoff("c1", "x"), 10'000);
        tx.commit();
    }
    ASSERT_EQ(outbox.due(10'000, 10).size(), 1u);
    outbox.markFailed({id}, 10'000, "registry unreachable");
    EXPECT_TRUE(outbox.due(10'500, 10).empty()) << "due again before its back-off";
    EXPECT_EQ(outbox.due(11'000, 10).size(), 1u);
    outbox.markFailed({id}, 11'000, "registry unreachable");
    EXPECT_EQ(*outbox.nextDueMs(), 13'000);
    const auto c = outbox.counts();
    EXPECT_EQ(c.pending, 1u);
    EXPECT_EQ(c.lastError, "registry unreachable");
    outbox.markDelivered({id}, 20'000);
    outbox.markDelivered({id}, 30'000); // a second mark changes nothing
    const auto rows = outbox.all();
    ASSERT_EQ(rows.size(), 1u);
    EXPECT_EQ(rows[0].deliveredMs, 20'000);
    EXPECT_EQ(rows[0].attempts, 3);
    EXPECT_TRUE(outbox.due(100'000, 10).empty());
    EXPECT_FALSE(outbox.nextDueMs().has_value());
}

TEST(Outbox, BackoffDoublesUpToAMinute) {
    EXPECT_EQ(Outbox::backoffMs(0), 0);
    EXPECT_EQ(Outbox::backoffMs(1), 1000);
    EXPECT_EQ(Outbox::backoffMs(2), 2000);
    EXPECT_EQ(Outbox::backoffMs(6), 32'000);
    EXPECT_EQ(Outbox::backoffMs(7), 60'000);
    EXPECT_EQ(Outbox::backoffMs(1000), 60'000);
}
