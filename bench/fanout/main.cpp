// bench-fanout: how long after the chair presses "next" every one of N
// headless tablets has applied the agenda change, against libzmq alone.
//
// Ours:  chair console (MeetingSession) → hub command ROUTER → SQLite commit
//        (WAL, synchronous=FULL: an fsync) → hub PUB (CURVE) → N ClientAgents,
//        each on its own thread as on a real tablet, timed where the agent has
//        checked the sequence number and applied the event (Clone pattern).
// Raw:   one libzmq PUB → N SUBs blocked in zmq_recv on their own threads,
//        64-byte messages, plain TCP and again with CURVE.
// Both sides send one message at a time with the same pause in between. Runs
// are interleaved (ours, raw, raw CURVE, ours, …); each run gives a p99 over
// all tablets × events; the ratio is median(ours) ÷ median(raw plain). Ours
// includes the command round trip and the fsync, raw does not: the ratio is
// an upper bound on what the event path itself costs.
//
//   bench-fanout [--tablets N] [--runs R] [--events E]

#include "HubLauncher.h"
#include "MeetingSession.h"
#include "RawFanout.h"
#include "agent/ClientAgent.h"
#include "agent/DeviceConfig.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QThread>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <fstream>
#include <functional>
#include <iostream>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

using namespace ecabinet;
using Clock = std::chrono::steady_clock;
using namespace std::chrono_literals;

namespace {

constexpr const char *kChairPin = "2468";

std::int64_t nowNs() {
    return std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now().time_since_epoch()).count();
}

bool waitFor(const std::function<bool()> &done, std::chrono::milliseconds timeout) {
    const auto until = Clock::now() + timeout;
    while (!done()) {
        if (Clock::now() > until) return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

void require(bool ok, const std::string &what) {
    if (!ok) throw std::runtime_error("timed out waiting for: " + what);
}

double percentile(std::vector<double> v, double p) {
    if (v.empty()) return 0;
    std::sort(v.begin(), v.end());
    const auto i = static_cast<std::size_t>(p * double(v.size() - 1) + 0.5);
    return v[std::min(i, v.size() - 1)];
}

double median(std::vector<double> v) { return percentile(std::move(v), 0.5); }

std::string meetingJson(int tablets) {
    using nlohmann::json;
    json members = json::array({{{"id", "chair"}, {"name", "Nguyễn Văn An"}, {"role", "chair"}, {"pin", kChairPin}}});
    json seats = json::array();
    char id[32];
    for (int i = 1; i <= tablets; ++i) {
        std::snprintf(id, sizeof id, "%03d", i);
        members.push_back({{"id", std::string("d") + id}, {"name", std::string("Đại biểu ") + id},
                           {"role", "delegate"}, {"pin", "1357"}});
        seats.push_back({{"id", std::string("s") + id}, {"label", std::string("Ghế ") + id},
                         {"device", std::string("tab-") + id}});
    }
    json agenda = json::array();
    for (int i = 1; i <= 3; ++i)
        agenda.push_back({{"id", "i" + std::to_string(i)}, {"number", std::to_string(i)},
                          {"title", "Nội dung " + std::to_string(i)}});
    return json{{"id", "bench-fanout"},
                {"title", "Đo độ trễ phát sự kiện"},
                {"location", "Phòng họp số 1"},
                {"starts_at", "2026-11-23T08:00:00+07:00"},
                {"members", members},
                {"seats", seats},
                {"agenda", agenda}}
        .dump();
}

struct Tablets {
    std::vector<std::unique_ptr<client::ClientAgent>> agents;
    std::unique_ptr<std::atomic<int>[]> lastRound; // per tablet: the last event it applied
    std::vector<double> latencies;                  // [event * n + tablet], ms since the press
    std::vector<std::int64_t> appliedAt;            // [event * n + tablet], ns
    std::atomic<int> applied{0};
    std::atomic<int> expectedItem{-2};
    std::atomic<int> round{-1};
    std::atomic<std::int64_t> pressedAt{0};
    std::atomic<int> resyncs{0};
    int live = 0;

    void record(int tablet, bool viaSnapshot) {
        const int r = round.load();
        int last = lastRound[tablet].load();
        // The first of event/snapshot to show the new item counts, once.
        while (last < r) {
            if (lastRound[tablet].compare_exchange_weak(last, r)) {
                const auto at = nowNs();
                const auto slot = static_cast<std::size_t>(r) * agents.size() + tablet;
                latencies[slot] = double(at - pressedAt) / 1e6;
                appliedAt[slot] = at;
                if (viaSnapshot) ++resyncs;
                ++applied;
                return;
            }
        }
    }
};

} // namespace

int main(int argc, char **argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    int tablets = 200, runs = 5, events = 20;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        auto value = [&] {
            if (i + 1 >= argc) throw std::invalid_argument(a + " needs a value");
            return std::stoi(argv[++i]);
        };
        if (a == "--tablets") tablets = value();
        else if (a == "--runs") runs = value();
        else if (a == "--events") events = value();
        else {
            std::cerr << "usage: bench-fanout [--tablets N] [--runs R] [--events E]\n";
            return 2;
        }
    }
    if (tablets < 1 || tablets > 999 || runs < 1 || events < 1) {
        std::cerr << "bench-fanout: --tablets 1..999, --runs ≥ 1, --events ≥ 1\n";
        return 2;
    }
    const auto gap = std::chrono::milliseconds(20);

    try {
        QTemporaryDir tmp;
        if (!tmp.isValid()) throw std::runtime_error("cannot create a temporary directory");
        const std::filesystem::path root = tmp.path().toStdString();
        launch::HubLauncher hub(root / "hub", QCoreApplication::applicationDirPath().toStdString());
        {
            std::ofstream(root / "meeting.json") << meetingJson(tablets);
            const auto imported = hub.ctl({"meeting", "import", (root / "meeting.json").string()});
            if (!imported.ok()) throw std::runtime_error("meeting import failed: " + imported.err);
        }
        hub.start();
        std::cout << "hub on command=" << hub.ports().command << " event=" << hub.ports().event << "\n"
                  << "enrolling " << tablets << " tablets and a console…" << std::flush;

        const auto chairDevice = hub.enrolDevice("console-chair", "console");
        Tablets t;
        t.lastRound = std::make_unique<std::atomic<int>[]>(static_cast<std::size_t>(tablets));
        t.latencies.assign(static_cast<std::size_t>(tablets) * events, -1);
        t.appliedAt.assign(static_cast<std::size_t>(tablets) * events, 0);
        for (int i = 0; i < tablets; ++i) {
            t.lastRound[i] = -1;
            char name[32];
            std::snprintf(name, sizeof name, "tab-%03d", i + 1);
            const auto dev = hub.enrolDevice(name, "seat");
            auto config = client::loadDeviceConfig(QString::fromStdString(dev.deviceJson.string()));
            if (!config) throw std::runtime_error("device.json: " + config.error().toStdString());
            auto agent = std::make_unique<client::ClientAgent>(config.value(), tmp.filePath(name), wire::CLIENT_KIND_SEAT,
                                                               QStringLiteral("bench-fanout"));
            // Timed on the agent's own thread, where a tablet has the event applied.
            QObject::connect(agent.get(), &client::ClientAgent::eventApplied, agent.get(),
                             [&t, i](client::EnvelopePtr e) {
                                 if (e->event().has_agenda_item_changed() &&
                                     e->event().agenda_item_changed().current() == t.expectedItem)
                                     t.record(i, false);
                             },
                             Qt::DirectConnection);
            QObject::connect(agent.get(), &client::ClientAgent::snapshotApplied, agent.get(),
                             [&t, i](client::EnvelopePtr s) {
                                 if (s->snapshot().meeting().current_item() == t.expectedItem) t.record(i, true);
                             },
                             Qt::DirectConnection);
            QObject::connect(agent.get(), &client::ClientAgent::linkChanged, &app, [&t](int link, const QString &) {
                if (link == client::ClientAgent::Live) ++t.live;
            });
            t.agents.push_back(std::move(agent));
        }
        std::cout << " done\n";

        MeetingSession chair;
        chair.setEnrolmentFile(QString::fromStdString(chairDevice.deviceJson.string()));
        chair.setCacheDir(tmp.filePath("console-chair"));
        chair.start();
        require(waitFor([&] { return chair.connectionState() == MeetingSession::Live; }, 30s), "console live");
        chair.checkIn("chair", kChairPin);
        require(waitFor([&] { return chair.checkedIn(); }, 10s), "chair checked in");
        chair.openMeeting();
        require(waitFor([&] { return chair.meetingState() == MeetingSession::Open; }, 10s), "meeting open");

        for (auto &a : t.agents) a->start();
        require(waitFor([&] { return t.live >= tablets; }, 120s), "all tablets live");
        std::cout << tablets << " tablets live (CURVE, ZAP-checked); " << runs << " runs × " << events
                  << " events, interleaved with raw libzmq\n";

        // The hub sends the reply and then publishes the event of the same
        // committed batch, so "reply seen by the console" stands for "event
        // published" (it is a little later: the reply has crossed loopback and
        // a queued signal; that only flatters raw's side of the ratio).
        std::int64_t repliedAt = 0;
        QObject::connect(&chair, &MeetingSession::commandFinished, &app,
                         [&repliedAt](const QString &command, bool ok, int, const QString &) {
                             if (command == QLatin1String("gotoItem") && ok) repliedAt = nowNs();
                         });
        std::vector<double> oursP99, eventP99, rawP99, curveP99, oursP50, rawP50;
        int next = 0;
        for (int run = 0; run < runs; ++run) {
            t.applied = 0;
            for (int i = 0; i < tablets; ++i) t.lastRound[i] = -1;
            std::fill(t.latencies.begin(), t.latencies.end(), -1.0);
            std::vector<double> sincePublish;
            for (int e = 0; e < events; ++e) {
                next = (chair.currentItem() + 1) % 2;
                repliedAt = 0;
                t.round = e;
                t.expectedItem = next;
                t.pressedAt = nowNs();
                chair.gotoItem(next);
                require(waitFor([&] { return t.applied >= (e + 1) * tablets && repliedAt != 0; }, 30s),
                        "event " + std::to_string(e) + " applied on every tablet");
                for (int i = 0; i < tablets; ++i)
                    sincePublish.push_back(
                        double(t.appliedAt[static_cast<std::size_t>(e) * tablets + i] - repliedAt) / 1e6);
                waitFor([] { return false; }, gap);
            }
            oursP99.push_back(percentile(t.latencies, 0.99));
            eventP99.push_back(percentile(sincePublish, 0.99));
            oursP50.push_back(percentile(t.latencies, 0.5));
            const auto raw = bench::rawFanout({tablets, events, false, gap});
            rawP99.push_back(percentile(raw, 0.99));
            rawP50.push_back(percentile(raw, 0.5));
            curveP99.push_back(percentile(bench::rawFanout({tablets, events, true, gap}), 0.99));
            std::printf("run %d: p99 press→applied %.2f ms (p50 %.2f), published→applied %.2f ms; "
                        "raw %.2f ms (p50 %.2f), raw CURVE %.2f ms\n",
                        run + 1, oursP99.back(), oursP50.back(), eventP99.back(), rawP99.back(), rawP50.back(),
                        curveP99.back());
        }
        for (auto &a : t.agents) a->stop();
        chair.stop();
        hub.stop();

        const double press = median(oursP99), ours = median(eventP99), raw = median(rawP99),
                     curve = median(curveP99);
        std::printf("medians of %d runs, %d tablets, p99: press→applied %.2f ms (command, commit with fsync, "
                    "event), published→applied %.2f ms; raw PUB→SUB %.2f ms, raw CURVE %.2f ms; "
                    "resyncs instead of events: %d\n",
                    runs, tablets, press, ours, raw, curve, t.resyncs.load());
        std::printf("press→applied ÷ raw: %.2f; published→applied ÷ raw CURVE: %.2f\n", press / raw, ours / curve);
        std::printf("fanout ratio: %.2f (published→applied ÷ raw libzmq PUB→SUB; target ≤ 1.5)\n", ours / raw);
        return 0;
    } catch (const std::exception &e) {
        std::cerr << "bench-fanout: " << e.what() << "\n";
        return 1;
    }
}
