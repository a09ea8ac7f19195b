// A hub hands approved conclusions to an ecabinet-registry through its outbox: nothing is lost
// while the registry is down, and a conclusion delivered again is still one conclusion.
// Real processes: ecabinet-registry (SQLite or PostgreSQL as the rest of this binary) and
// ecabinet-hub with --registry; the approvals are written to the hub's outbox the way the
// hub's approval handler does (Outbox::enqueue in a transaction on hub.db).
#include "RegistryFixture.h"

#include "HubLauncher.h"
#include "registry/Outbox.h"
#include "store/Store.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <functional>
#include <thread>

using namespace ecabinet;
using namespace ecabinet::test;

namespace {

wire::ConclusionHandoff conclusion(const std::string &id) {
    wire::ConclusionHandoff h;
    h.set_hub_id("phong-hop-1");
    h.set_meeting_id("m1");
    h.set_meeting_title("Hội nghị Ban Thường vụ tháng 11");
    h.set_meeting_date("2026-11-23");
    h.set_item_number("3");
    h.set_item_title("Chuyển đổi số");
    h.set_conclusion_id(id);
    h.set_text("Giao Sở Thông tin và Truyền thông chủ trì " + id);
    h.set_approved_by("Nguyễn Văn A");
    h.set_approved_at_ms(1'790'000'000'000);
    return h;
}

void approve(const std::filesystem::path &hubData, const std::string &id) {
    auto store = hub::Store::open(hubData);
    ASSERT_TRUE(store) << store.error();
    hub::Store::Transaction tx(**store);
    hub::registry::Outbox(**store).enqueue(conclusion(id), 1'790'000'000'000);
    tx.commit();
}

hub::registry::OutboxCounts counts(const std::filesystem::path &hubData) {
    auto store = hub::Store::open(hubData);
    return hub::registry::Outbox(**store).counts();
}

bool waitFor(const std::function<bool()> &done, std::chrono::seconds limit) {
    const auto until = std::chrono::steady_clock::now() + limit;
    while (std::chrono::steady_clock::now() < until) {
        if (done()) return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(250));
    }
    return done();
}

std::vector<std::string> conclusionIds(RegistryProcess &registry) {
    RegistryClient dispatch(registry.port(), registry.publicKey());
    dispatch.signIn("vanthu", kPassword);
    wire::RegistryEnvelope r;
    r.mutable_list_conclusions();
    std::vector<std::string> out;
    const auto reply = dispatch.call(r);
    for (const auto &c : reply.conclusion_list().conclusions()) out.push_back(c.id());
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

TEST(OutboxDelivery, NothingIsLostWhileTheRegistryIsDownAndNothingIsDoubled) {
    QTemporaryDir root;
    launch::HubLauncher hubProc(root.path().toStdString() + "/hub", ECABINET_BIN_DIR);
    const std::string hubKey = hubProc.hubPublicKey();
    std::string db;
    if (usePostgres()) db = postgresUrl();
    RegistryProcess registry(seedJson(3, {{"phong-hop-1", hubKey}}), db);
    registry.start();
    hubProc.setExtraArgs({"--hub-name", "phong-hop-1", "--registry", "127.0.0.1:" + std::to_string(registry.port()),
                          "--registry-key", registry.publicKey()});
    hubProc.start();

    approve(hubProc.dataDir(), "c1");
    ASSERT_TRUE(waitFor([&] { return counts(hubProc.dataDir()).delivered == 1; }, std::chrono::seconds(60)))
        << hubProc.log();
    EXPECT_EQ(conclusionIds(registry), std::vector<std::string>{"phong-hop-1/c1"});

    // The registry dies; two approvals meanwhile stay pending, with the reason.
    registry.kill9();
    approve(hubProc.dataDir(), "c2");
    approve(hubProc.dataDir(), "c3");
    ASSERT_TRUE(waitFor([&] { return !counts(hubProc.dataDir()).lastError.empty(); }, std::chrono::seconds(60)))
        << "the courier never tried: " << hubProc.log();
    EXPECT_EQ(counts(hubProc.dataDir()).pending, 2u);

    // Back on the same port: both arrive (back-off is at most a minute), each once.
    registry.start();
    ASSERT_TRUE(waitFor([&] { return counts(hubProc.dataDir()).pending == 0; }, std::chrono::seconds(120)))
        << hubProc.log();
    EXPECT_EQ(counts(hubProc.dataDir()).delivered, 3u);
    EXPECT_EQ(conclusionIds(registry), (std::vector<std::string>{"phong-hop-1/c1", "phong-hop-1/c2", "phong-hop-1/c3"}));

    // The hub dies after approving c4 (before delivering, or not): after a restart c4 arrives once.
    approve(hubProc.dataDir(), "c4");
    hubProc.kill9();
    approve(hubProc.dataDir(), "c4"); // the same conclusion again is still one row
    hubProc.start();
    ASSERT_TRUE(waitFor([&] { return counts(hubProc.dataDir()).pending == 0; }, std::chrono::seconds(120)))
        << hubProc.log();
    EXPECT_EQ(conclusionIds(registry).size(), 4u);
    EXPECT_EQ(hubProc.stop(), 0);
}

// The registry inside the hub (the default): hand-offs go straight into DATA/registry.db and
// the hub's registry socket serves them to the dispatch desk.
TEST(OutboxDelivery, TheHubsOwnRegistryReceivesItsConclusions) {
    if (usePostgres()) GTEST_SKIP() << "the hub's own registry is SQLite";
    QTemporaryDir root;
    launch::HubLauncher hubProc(root.path().toStdString() + "/hub", ECABINET_BIN_DIR);
    // Seed the hub's registry with the standalone tool on the same data directory.
    const std::string seedPath = root.path().toStdString() + "/seed.json";
    std::ofstream(seedPath) << seedJson(3);
    const auto seeded = launch::runProgram(std::string(ECABINET_BIN_DIR) + "/ecabinet-registry",
                                           {"--data", hubProc.dataDir().string(), "seed", seedPath});
    ASSERT_TRUE(seeded.ok()) << seeded.err;
    hubProc.setExtraArgs({"--hub-name", "phong-hop-1"});
    hubProc.start();
    ASSERT_GT(hubProc.ports().registry, 0);
    approve(hubProc.dataDir(), "c1");
    ASSERT_TRUE(waitFor([&] { return counts(hubProc.dataDir()).delivered == 1; }, std::chrono::seconds(60)))
        << hubProc.log();
    RegistryClient dispatch(hubProc.ports().registry, hubProc.hubPublicKey());
    dispatch.signIn("vanthu", kPassword);
    wire::RegistryEnvelope r;
    r.mutable_list_conclusions();
    const auto list = dispatch.call(r);
    ASSERT_EQ(list.conclusion_list().conclusions_size(), 1) << list.error().message();
    EXPECT_EQ(list.conclusion_list().conclusions(0).id(), "phong-hop-1/c1");
    EXPECT_EQ(list.conclusion_list().conclusions(0).source().item_title(), "Chuyển đổi số");
}
