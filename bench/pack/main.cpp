// bench-pack: the meeting pack to N headless tablets at once, against plain TCP.
//
// Ours:  N tablets (the real ClientAgent with its BlobFetcher, each on its own thread, CURVE,
//        a fresh cache folder) start, connect, sync, and pull the whole pack from the real
//        hub: per-chunk access checks, a credit window of 8 × 256 KiB, every byte written to
//        the tablet's cache and its SHA-256 verified. Timed from the start of the tablets to
//        the last verified document on the last tablet (connection and sync included).
// Raw:   N plain TCP connections on loopback, each reading the same number of bytes from a
//        server that writes them from memory (no ZeroMQ, no CURVE, no disk, no hashing).
// Runs are interleaved (ours, raw, ours, …); the ratio is median(ours goodput) ÷
// median(raw goodput). Afterwards the tablets start once more on their full caches: every
// document is held, so the hub must send 0 bytes ("re-sent for held blobs").
//
//   bench-pack [--tablets N] [--size-mb S] [--documents K] [--runs R]
//   (defaults: 200 tablets, a 50 MB pack of 4 documents, 5 runs)

#include "HubLauncher.h"
#include "PackFiles.h"
#include "RawTcp.h"
#include "agent/ClientAgent.h"
#include "agent/DeviceConfig.h"
#include "protocol/Codec.h"

#include <QCoreApplication>
#include <QDir>
#include <QGuiApplication>
#include <QTemporaryDir>

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

constexpr const char *kPin = "1357";

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

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

std::string name(int i) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%03d", i + 1);
    return buf;
}

std::string meetingJson(int tablets, int documents) {
    using nlohmann::json;
    json members = json::array({{{"id", "chair"}, {"name", "Chủ tọa"}, {"role", "chair"}, {"pin", "2468"}}});
    json seats = json::array();
    for (int i = 0; i < tablets; ++i) {
        members.push_back({{"id", "d" + name(i)}, {"name", "Đại biểu " + name(i)}, {"role", "delegate"}, {"pin", kPin}});
        seats.push_back({{"id", "s" + name(i)}, {"label", "Ghế " + name(i)}, {"device", "tab-" + name(i)}});
    }
    json agenda = json::array();
    for (int k = 0; k < documents; ++k)
        agenda.push_back({{"id", "i" + std::to_string(k + 1)},
                          {"title", "Nội dung " + std::to_string(k + 1)},
                          {"documents", json::array({{{"id", "doc" + std::to_string(k + 1)},
                                                      {"title", "Tài liệu " + std::to_string(k + 1)},
                                                      {"file", "pack/doc" + std::to_string(k + 1) + ".pdf"}}})}});
    return json{{"id", "bench-pack"}, {"title", "Đo tốc độ phát tài liệu"}, {"starts_at", "2026-11-23T08:00:00+07:00"},
                {"members", members}, {"seats", seats}, {"agenda", agenda}}
        .dump();
}

// The N tablets of one round: fresh agents (a BlobFetcher remembers what it finished).
struct Round {
    std::vector<std::unique_ptr<client::ClientAgent>> agents;
    std::unique_ptr<std::atomic<int>[]> ready;
    std::atomic<int> complete{0};
    std::atomic<int> failures{0};
    std::atomic<int> checkedIn{0};
    std::atomic<int> live{0};
};

std::unique_ptr<Round> makeRound(const std::vector<client::DeviceConfig> &configs, const QString &cacheRoot,
                                 int documents) {
    auto r = std::make_unique<Round>();
    r->ready = std::make_unique<std::atomic<int>[]>(configs.size());
    for (std::size_t i = 0; i < configs.size(); ++i) {
        r->ready[i] = 0;
        auto agent = std::make_unique<client::ClientAgent>(configs[i], cacheRoot + "/" + configs[i].name,
                                                           wire::CLIENT_KIND_SEAT, QStringLiteral("bench-pack"));
        auto *raw = r.get();
        QObject::connect(agent.get(), &client::ClientAgent::documentReady, agent.get(),
                         [raw, i, documents](const QString &, const QString &) {
                             if (++raw->ready[i] == documents) ++raw->complete;
                         }, Qt::DirectConnection);
        QObject::connect(agent.get(), &client::ClientAgent::documentFailed, agent.get(),
                         [raw](const QString &, const QString &m) {
                             ++raw->failures;
                             std::cerr << "document failed: " << m.toStdString() << "\n";
                         }, Qt::DirectConnection);
        QObject::connect(agent.get(), &client::ClientAgent::commandReplied, agent.get(),
                         [raw](quint64, const QString &, client::EnvelopePtr e) {
                             if (e->has_check_in_result()) ++raw->checkedIn;
                         }, Qt::DirectConnection);
        QObject::connect(agent.get(), &client::ClientAgent::linkChanged, agent.get(), [raw](int link, const QString &) {
            if (link == client::ClientAgent::Live) ++raw->live;
        }, Qt::DirectConnection);
        r->agents.push_back(std::move(agent));
    }
    return r;
}

std::uint64_t fetched(const Round &r) {
    std::uint64_t n = 0;
    for (const auto &a : r.agents) n += a->bytesFetched();
    return n;
}

} // namespace

int main(int argc, char **argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    int tablets = 200, sizeMb = 50, documents = 4, runs = 5;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        auto value = [&] {
            if (i + 1 >= argc) throw std::invalid_argument(a + " needs a value");
            return std::stoi(argv[++i]);
        };
        if (a == "--tablets") tablets = value();
        else if (a == "--size-mb") sizeMb = value();
        else if (a == "--documents") documents = value();
        else if (a == "--runs") runs = value();
        else {
            std::cerr << "usage: bench-pack [--tablets N] [--size-mb S] [--documents K] [--runs R]\n";
            return 2;
        }
    }
    if (tablets < 1 || tablets > 999 || sizeMb < 1 || documents < 1 || runs < 1) {
        std::cerr << "bench-pack: --tablets 1..999, --size-mb ≥ 1, --documents ≥ 1, --runs ≥ 1\n";
        return 2;
    }
    try {
        QTemporaryDir tmp;
        if (!tmp.isValid()) throw std::runtime_error("cannot create a temporary directory");
        const std::filesystem::path root = tmp.path().toStdString();
        std::filesystem::create_directories(root / "pack");
        const std::uint64_t each = (std::uint64_t(sizeMb) << 20) / std::uint64_t(documents);
        for (int k = 0; k < documents; ++k)
            bench::writeSizedPdf(root / "pack" / ("doc" + std::to_string(k + 1) + ".pdf"), each, std::uint32_t(k + 1));
        std::ofstream(root / "meeting.json") << meetingJson(tablets, documents);
        launch::HubLauncher hub(root / "hub", QCoreApplication::applicationDirPath().toStdString());
        const auto imported = hub.ctl({"meeting", "import", (root / "meeting.json").string()});
        if (!imported.ok()) throw std::runtime_error("meeting import failed: " + imported.err);
        hub.start();
        std::uint64_t packBytes = 0;
        for (int k = 0; k < documents; ++k)
            packBytes += std::filesystem::file_size(root / "pack" / ("doc" + std::to_string(k + 1) + ".pdf"));
        std::cout << "pack: " << documents << " documents, " << packBytes << " bytes; enrolling " << tablets
                  << " tablets…" << std::flush;
        std::vector<client::DeviceConfig> configs;
        for (int i = 0; i < tablets; ++i) {
            const auto dev = hub.enrolDevice("tab-" + name(i), "seat");
            auto config = client::loadDeviceConfig(QString::fromStdString(dev.deviceJson.string()));
            if (!config) throw std::runtime_error("device.json: " + config.error().toStdString());
            configs.push_back(config.value());
        }
        std::cout << " done\n";
        const QString cacheRoot = tmp.filePath("caches");

        // Check every tablet in once (the hub keeps them present); this first pull warms up.
        {
            auto warm = makeRound(configs, cacheRoot, documents);
            for (auto &a : warm->agents) a->start();
            require(waitFor([&] { return warm->live >= tablets; }, 300s), "all tablets live");
            for (int i = 0; i < tablets; ++i) {
                auto env = protocol::envelope(0);
                env.mutable_check_in()->set_person_id("d" + name(i));
                env.mutable_check_in()->set_pin(kPin);
                warm->agents[i]->submit(std::move(env), QStringLiteral("checkIn"));
            }
            require(waitFor([&] { return warm->checkedIn >= tablets; }, 300s), "all tablets checked in");
            require(waitFor([&] { return warm->complete >= tablets || warm->failures > 0; }, 1800s), "warm-up pack");
            if (warm->failures > 0) throw std::runtime_error("a document failed during the warm-up");
        }
        std::cout << tablets << " tablets checked in; " << runs << " runs, interleaved with raw TCP\n";

        std::vector<double> ours, raw;
        for (int run = 0; run < runs; ++run) {
            QDir(cacheRoot).removeRecursively();
            auto r = makeRound(configs, cacheRoot, documents);
            const auto t0 = Clock::now();
            for (auto &a : r->agents) a->start();
            require(waitFor([&] { return r->complete >= tablets || r->failures > 0; }, 1800s), "pack on every tablet");
            const double secs = std::chrono::duration<double>(Clock::now() - t0).count();
            if (r->failures > 0) throw std::runtime_error("a document failed");
            const std::uint64_t bytes = fetched(*r);
            if (bytes != packBytes * std::uint64_t(tablets))
                throw std::runtime_error("tablets fetched " + std::to_string(bytes) + " bytes, expected " +
                                         std::to_string(packBytes * std::uint64_t(tablets)));
            r.reset(); // stops the agents
            ours.push_back(double(bytes) / secs / 1e6);
            const double rawSecs = bench::rawTcpTransfer(tablets, packBytes);
            raw.push_back(double(packBytes) * tablets / rawSecs / 1e6);
            std::printf("run %d: ours %.1f MB/s (%.2f s), raw TCP %.1f MB/s (%.2f s)\n", run + 1, ours.back(), secs,
                        raw.back(), rawSecs);
            std::fflush(stdout);
        }

        // Every blob is held now: a new start must not transfer a single byte.
        auto held = makeRound(configs, cacheRoot, documents);
        for (auto &a : held->agents) a->start();
        require(waitFor([&] { return held->complete >= tablets || held->failures > 0; }, 600s), "held pack reported");
        const std::uint64_t resent = fetched(*held);
        held.reset();
        hub.stop();

        const double o = median(ours), w = median(raw);
        std::printf("medians of %d runs, %d tablets × %llu bytes: ours %.1f MB/s, raw TCP %.1f MB/s\n", runs, tablets,
                    static_cast<unsigned long long>(packBytes), o, w);
        std::printf("re-sent for held blobs: %llu bytes (target 0)\n", static_cast<unsigned long long>(resent));
        std::printf("pack ratio: %.2f (target ≥ 0.8)\n", o / w);
        return resent == 0 ? 0 : 1;
    } catch (const std::exception &e) {
        std::cerr << "bench-pack: " << e.what() << "\n";
        return 1;
    }
}
