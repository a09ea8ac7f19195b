// bench-pack: the meeting pack to N headless tablets at once, against plain TCP.
//
// Ours:  N tablets (the real ClientAgent with its BlobFetcher, each on its own thread, CURVE,
//        a fresh cache folder, on tmpfs by default: see --cache-dir) start, connect, sync, and
//        pull the whole pack from the real hub: per-chunk access checks, a credit window of
//        8 × 256 KiB, every byte written to the tablet's cache and its SHA-256 verified. Timed
//        from the start of the tablets to the last verified document on the last tablet
//        (connection and sync included).
// Raw:   N plain TCP connections on loopback, each reading the same number of bytes from a
//        server that writes them from memory (no ZeroMQ, no CURVE, no disk, no hashing).
//        This is DESIGN.md's baseline and the printed ratio.
// Raw CURVE (informative): the same over bare libzmq with CURVE (RawCurve.h): the ceiling
//        that the encryption DESIGN.md requires on every socket leaves.
// Runs are interleaved (ours, raw, raw CURVE, ours, …); the ratio is median(ours goodput) ÷
// median(raw goodput). Each run also prints CPU seconds per GB (tablets, hub, baselines),
// which says where the time goes even on a machine shared with other work. Afterwards the
// tablets start once more with every blob in their caches: the hub must send 0 bytes
// ("re-sent for held blobs").
//
//   bench-pack [--tablets N] [--size-mb S] [--documents K] [--runs R] [--cache-dir DIR]
//   (defaults: 200 tablets, a 50 MB pack of 4 documents, 5 runs)

#include "HubLauncher.h"
#include "PackFiles.h"
#include "RawCurve.h"
#include "RawTcp.h"
#include "agent/ClientAgent.h"
#include "agent/DeviceConfig.h"
#include "protocol/Codec.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <nlohmann/json.hpp>

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <fstream>
#include <functional>
#include <iostream>
#include <memory>
#include <optional>
#include <sstream>
#include <thread>
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
        // processEvents() does not wait for events: without the sleep this loop spins and takes
        // a core's share from the tablets it is timing (the tablets report through direct calls).
        QCoreApplication::processEvents();
        std::this_thread::sleep_for(2ms);
    }
    return true;
}

void require(bool ok, const std::string &what) {
    if (!ok) throw std::runtime_error("timed out waiting for: " + what);
}

// CPU seconds (user + system) used so far by a process ("self" or a pid).
double cpuSeconds(const std::string &pid) {
    std::ifstream f("/proc/" + pid + "/stat");
    std::string line;
    std::getline(f, line);
    const auto close = line.rfind(')'); // the command name may hold spaces
    if (close == std::string::npos) return 0;
    std::istringstream rest(line.substr(close + 2));
    std::string field;
    unsigned long long utime = 0, stime = 0;
    for (int n = 3; rest >> field; ++n) { // fields 14 and 15 of proc(5)
        if (n == 14) utime = std::stoull(field);
        if (n == 15) { stime = std::stoull(field); break; }
    }
    return double(utime + stime) / double(::sysconf(_SC_CLK_TCK));
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
    std::atomic<int> started{0};          // tablets that received their first byte
    std::atomic<std::int64_t> allLiveNs{0}, allStartedNs{0};
    Clock::time_point t0 = Clock::now();
};

// What a round leaves in the cache folders. The verified documents of every tablet but the
// first are deleted as soon as they are reported ready: 200 tablets × 50 MB would otherwise
// be 10 GB in the cache folders (tmpfs by default) per run.
enum class Keep { All, FirstTablet };

std::unique_ptr<Round> makeRound(const std::vector<client::DeviceConfig> &configs, const QString &cacheRoot,
                                 int documents, Keep keep) {
    auto r = std::make_unique<Round>();
    r->ready = std::make_unique<std::atomic<int>[]>(configs.size());
    for (std::size_t i = 0; i < configs.size(); ++i) {
        r->ready[i] = 0;
        auto agent = std::make_unique<client::ClientAgent>(configs[i], cacheRoot + "/" + configs[i].name,
                                                           wire::CLIENT_KIND_SEAT, QStringLiteral("bench-pack"));
        auto *raw = r.get();
        QObject::connect(agent.get(), &client::ClientAgent::documentReady, agent.get(),
                         [raw, i, documents, keep](const QString &, const QString &path) {
                             if (keep == Keep::FirstTablet && i > 0) QFile::remove(path);
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
            if (link == client::ClientAgent::Live && ++raw->live == int(raw->agents.size()))
                raw->allLiveNs = std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now() - raw->t0).count();
        }, Qt::DirectConnection);
        QObject::connect(agent.get(), &client::ClientAgent::bytesFetchedChanged, agent.get(),
                         [raw, first = std::make_shared<bool>(true)](quint64) {
                             if (!*first) return;
                             *first = false;
                             if (++raw->started == int(raw->agents.size()))
                                 raw->allStartedNs = std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now() - raw->t0).count();
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

// Hard-links the first tablet's verified blobs (cache/ab/<sha>) into every other tablet's cache.
void holdEverywhere(const QString &cacheRoot, const std::vector<client::DeviceConfig> &configs) {
    namespace fs = std::filesystem;
    const fs::path first = (cacheRoot + "/" + configs.front().name).toStdString();
    std::vector<fs::path> blobs; // relative to the cache folder
    for (const auto &e : fs::recursive_directory_iterator(first))
        if (e.is_regular_file() && e.path().extension().empty()) blobs.push_back(fs::relative(e.path(), first));
    for (std::size_t i = 1; i < configs.size(); ++i) {
        const fs::path dir = (cacheRoot + "/" + configs[i].name).toStdString();
        for (const auto &b : blobs) {
            fs::create_directories((dir / b).parent_path());
            std::error_code ec;
            fs::create_hard_link(first / b, dir / b, ec);
            if (ec && ec != std::errc::file_exists)
                throw std::runtime_error("cannot link " + (dir / b).string() + ": " + ec.message());
        }
    }
}

} // namespace

int main(int argc, char **argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    int tablets = 200, sizeMb = 50, documents = 4, runs = 5;
    QString cacheDir; // where the tablets' cache folders go (default: a fresh folder in /dev/shm)
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
        else if (a == "--cache-dir" && i + 1 < argc) cacheDir = QString::fromLocal8Bit(argv[++i]);
        else {
            std::cerr << "usage: bench-pack [--tablets N] [--size-mb S] [--documents K] [--runs R] [--cache-dir DIR]\n";
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
        // The tablets' cache folders. Real tablets each write to their own storage; here all of
        // them share one machine, and this VM's disk takes buffered writes at ~50 MB/s, which
        // would make the whole benchmark a measurement of that disk. So by default the caches go
        // to tmpfs (/dev/shm): every byte is still written to a file and hashed by each tablet.
        std::optional<QTemporaryDir> shm;
        if (cacheDir.isEmpty() && QFileInfo(QStringLiteral("/dev/shm")).isWritable()) {
            shm.emplace(QStringLiteral("/dev/shm/bench-pack-XXXXXX"));
            if (shm->isValid()) cacheDir = shm->path();
        }
        if (cacheDir.isEmpty()) cacheDir = tmp.path();
        const QString cacheRoot = cacheDir + QStringLiteral("/caches");
        std::cout << "tablet caches in " << cacheRoot.toStdString() << "\n";

        // Check every tablet in once (the hub keeps them present); this first pull warms up.
        {
            auto warm = makeRound(configs, cacheRoot, documents, Keep::FirstTablet);
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

        // CPU seconds per GB delivered, to tell where the time goes on a machine shared with
        // other work: the tablets (this process: agents, CURVE decryption, hashing, files), the
        // hub (its process: access checks, reads, CURVE encryption), and raw TCP (this process).
        const std::string hubPid = std::to_string(hub.pid());
        std::vector<double> ours, raw, curve, cpuTablets, cpuHub, cpuRaw, cpuCurve;
        const int clientIoThreads = std::clamp(static_cast<int>(std::thread::hardware_concurrency()) / 2, 1, 4);
        for (int run = 0; run < runs; ++run) {
            QDir(cacheRoot).removeRecursively();
            auto r = makeRound(configs, cacheRoot, documents, Keep::FirstTablet);
            const double selfCpu0 = cpuSeconds("self"), hubCpu0 = cpuSeconds(hubPid);
            const auto t0 = Clock::now();
            r->t0 = t0;
            for (auto &a : r->agents) a->start();
            require(waitFor([&] { return r->complete >= tablets || r->failures > 0; }, 1800s), "pack on every tablet");
            const double secs = std::chrono::duration<double>(Clock::now() - t0).count();
            const double gb = double(packBytes) * tablets / 1e9;
            cpuTablets.push_back((cpuSeconds("self") - selfCpu0) / gb);
            cpuHub.push_back((cpuSeconds(hubPid) - hubCpu0) / gb);
            if (r->failures > 0) throw std::runtime_error("a document failed");
            const std::uint64_t bytes = fetched(*r);
            if (bytes != packBytes * std::uint64_t(tablets))
                throw std::runtime_error("tablets fetched " + std::to_string(bytes) + " bytes, expected " +
                                         std::to_string(packBytes * std::uint64_t(tablets)));
            const std::int64_t allLive = r->allLiveNs, allStarted = r->allStartedNs;
            r.reset(); // stops the agents
            ours.push_back(double(bytes) / secs / 1e6);
            const double rawCpu0 = cpuSeconds("self");
            const double rawSecs = bench::rawTcpTransfer(tablets, packBytes);
            cpuRaw.push_back((cpuSeconds("self") - rawCpu0) / gb);
            raw.push_back(double(packBytes) * tablets / rawSecs / 1e6);
            const double curveCpu0 = cpuSeconds("self");
            const double curveSecs = bench::rawCurveTransfer(tablets, packBytes, clientIoThreads);
            cpuCurve.push_back((cpuSeconds("self") - curveCpu0) / gb);
            curve.push_back(double(packBytes) * tablets / curveSecs / 1e6);
            std::printf("run %d: ours %.1f MB/s (%.2f s; all live at %.2f s, all receiving at %.2f s; CPU s/GB: "
                        "tablets %.2f, hub %.2f), raw TCP %.1f MB/s (%.2f s; CPU s/GB %.2f), raw CURVE ZeroMQ "
                        "%.1f MB/s (%.2f s; CPU s/GB %.2f)\n",
                        run + 1, ours.back(), secs, double(allLive) / 1e9, double(allStarted) / 1e9, cpuTablets.back(),
                        cpuHub.back(), raw.back(), rawSecs, cpuRaw.back(), curve.back(), curveSecs, cpuCurve.back());
            std::fflush(stdout);
        }

        // Every tablet holds every blob now (the others get hard links to the first tablet's
        // verified files): a new start must not transfer a single byte.
        holdEverywhere(cacheRoot, configs);
        auto held = makeRound(configs, cacheRoot, documents, Keep::All);
        for (auto &a : held->agents) a->start();
        require(waitFor([&] { return held->complete >= tablets || held->failures > 0; }, 600s), "held pack reported");
        const std::uint64_t resent = fetched(*held);
        held.reset();
        hub.stop();
        QDir(cacheRoot).removeRecursively(); // also when --cache-dir named a folder of the user's

        const double o = median(ours), w = median(raw);
        std::printf("medians of %d runs, %d tablets × %llu bytes: ours %.1f MB/s, raw TCP %.1f MB/s\n", runs, tablets,
                    static_cast<unsigned long long>(packBytes), o, w);
        std::printf("raw CURVE ZeroMQ (informative: the encryption DESIGN.md requires, nothing of ours): %.1f MB/s; "
                    "ours ÷ raw CURVE: %.2f\n", median(curve), o / median(curve));
        std::printf("CPU seconds per GB delivered (medians): tablets %.2f + hub %.2f = %.2f, raw TCP %.2f, "
                    "raw CURVE ZeroMQ %.2f\n",
                    median(cpuTablets), median(cpuHub), median(cpuTablets) + median(cpuHub), median(cpuRaw),
                    median(cpuCurve));
        std::printf("re-sent for held blobs: %llu bytes (target 0)\n", static_cast<unsigned long long>(resent));
        std::printf("pack ratio: %.2f (target ≥ 0.8)\n", o / w);
        return resent == 0 ? 0 : 1;
    } catch (const std::exception &e) {
        std::cerr << "bench-pack: " << e.what() << "\n";
        return 1;
    }
}
