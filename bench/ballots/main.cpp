// bench-ballots: N tablets (default 500) cast one ballot each at the same moment; how many
// acknowledged ballots per second does the hub sustain, against how many fdatasyncs per second
// the same disk does?
//
// Ours:  N CURVE DEALERs (one per tablet, all on one thread and one zmq_poll, as the
//        integration tests do) send CastBallot at once; the hub decodes, checks, stores the
//        ballot, its event and its reply in a savepoint per request, commits each batch with
//        one fsync (WAL, synchronous=FULL) and only then answers. Throughput = N ÷ (time from
//        the first send to the last Ack).
// Raw:   a loop of 4 KiB write + fdatasync on a file in the same temporary directory (same
//        file system as the hub's hub.db): fdatasyncs per second.
// Runs are interleaved (raw, ours, raw, ours, …), each burst on a fresh poll; the ratio is
// median(ballots/s) ÷ median(fdatasyncs/s). ≥ 1 means the group commit puts more than one
// ballot in each fsync; DESIGN.md asks for ≥ 0.8.
// Also reported: the hub's CPU time per ballot during the bursts (from /proc/PID/task/*/schedstat,
// nanoseconds on a CPU): the main thread (decode, checks, SQLite, replies) and all threads (with
// libzmq's I/O thread: CURVE and TCP). Unlike the ratio it hardly moves with the machine's load,
// so it tells whether a change made the hub cheaper when the wall-clock figures are noisy.
// Also measured: ClosePoll sent → PollClosed (with the tally) received on the events socket,
// and → PollPublished after the chair's PublishPoll. Named polls by default; --secret too
// runs secret polls (their batches also checkpoint the WAL) and reports them apart.
//
//   bench-ballots [--tablets N] [--runs R] [--secret]

#include "HubLauncher.h"
#include "protocol/Codec.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <nlohmann/json.hpp>
#include <zmq.hpp>

#include <algorithm>
#include <cstdio>
#include <fcntl.h>
#include <fstream>
#include <functional>
#include <iostream>
#include <map>
#include <stdexcept>
#include <string>
#include <unistd.h>
#include <vector>

using namespace ecabinet;
using Clock = std::chrono::steady_clock;
using namespace std::chrono_literals;

namespace {

constexpr const char *kChairPin = "2468";

double seconds(Clock::duration d) { return std::chrono::duration<double>(d).count(); }

double median(std::vector<double> v) {
    if (v.empty()) return 0;
    std::sort(v.begin(), v.end());
    return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

std::string voterId(int i) { return "v" + std::to_string(1000 + i); }
std::string deviceName(int i) { return "tab-" + std::to_string(1000 + i); }

std::string meetingJson(int tablets) {
    using nlohmann::json;
    json members = json::array({{{"id", "chair"}, {"name", "Nguyễn Văn An"}, {"role", "chair"}, {"pin", kChairPin}}});
    json seats = json::array();
    for (int i = 0; i < tablets; ++i) {
        members.push_back({{"id", voterId(i)}, {"name", "Đại biểu " + std::to_string(i + 1)}, {"role", "delegate"},
                           {"pin", std::to_string(5000 + i)}});
        seats.push_back({{"id", "s" + std::to_string(1000 + i)}, {"device", deviceName(i)}});
    }
    return json{{"id", "bench-ballots"}, {"title", "Bench"}, {"starts_at", "2026-11-23T08:00:00+07:00"},
                {"members", members}, {"seats", seats}}
        .dump();
}

// Raw baseline: fdatasyncs per second of a 4 KiB write in `dir`, for about `budget`.
double fdatasyncRate(const std::filesystem::path &dir, std::chrono::milliseconds budget) {
    const auto path = dir / "fdatasync.bin";
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0) throw std::runtime_error("cannot create " + path.string());
    std::vector<char> block(4096, 'x');
    int n = 0;
    const auto start = Clock::now();
    while (Clock::now() - start < budget || n < 20) {
        if (::pwrite(fd, block.data(), block.size(), static_cast<off_t>(n % 64) * 4096) != 4096 || ::fdatasync(fd) != 0) {
            ::close(fd);
            throw std::runtime_error("write/fdatasync failed");
        }
        ++n;
    }
    const double s = seconds(Clock::now() - start);
    ::close(fd);
    std::filesystem::remove(path);
    return n / s;
}

// CPU time the hub's threads have been running (ns): its main thread, and all its threads.
struct HubCpu {
    double mainNs = 0;
    double allNs = 0;
};

HubCpu hubCpu(long long pid) {
    HubCpu c;
    std::error_code ec;
    const std::filesystem::path tasks = "/proc/" + std::to_string(pid) + "/task";
    for (const auto &task : std::filesystem::directory_iterator(tasks, ec)) {
        std::ifstream in(task.path() / "schedstat");
        double ns = 0;
        if (!(in >> ns)) continue; // a thread that just ended
        c.allNs += ns;
        if (task.path().filename() == std::to_string(pid)) c.mainNs = ns;
    }
    if (ec) throw std::runtime_error("cannot read " + tasks.string() + ": " + ec.message());
    return c;
}

class Tablets {
public:
    Tablets(const launch::HubLauncher &hub, const std::vector<launch::KeyPair> &keys) : ctx_(1) {
        ctx_.set(zmq::ctxopt::max_sockets, 8192);
        const auto endpoint = "tcp://127.0.0.1:" + std::to_string(hub.ports().command);
        for (const auto &k : keys) {
            zmq::socket_t s(ctx_, zmq::socket_type::dealer);
            s.set(zmq::sockopt::curve_serverkey, hub.hubPublicKey());
            s.set(zmq::sockopt::curve_publickey, k.publicZ85);
            s.set(zmq::sockopt::curve_secretkey, k.secretZ85);
            s.set(zmq::sockopt::linger, 0);
            s.connect(endpoint);
            sockets_.push_back(std::move(s));
        }
    }
    void send(std::size_t i, const wire::Envelope &env) {
        const std::string bytes = protocol::encode(env);
        if (!sockets_[i].send(zmq::buffer(bytes), zmq::send_flags::dontwait))
            throw std::runtime_error("tablet " + std::to_string(i) + " could not send");
    }
    // Collects one reply per tablet in `from`; throws on an error reply or after `timeout`.
    void awaitAll(std::size_t expected, std::chrono::milliseconds timeout, const char *what) {
        std::vector<zmq_pollitem_t> items;
        for (auto &s : sockets_) items.push_back({s.handle(), 0, ZMQ_POLLIN, 0});
        std::size_t got = 0;
        const auto until = Clock::now() + timeout;
        while (got < expected) {
            if (Clock::now() > until)
                throw std::runtime_error(std::string(what) + ": " + std::to_string(got) + " of " +
                                         std::to_string(expected) + " replies");
            if (zmq_poll(items.data(), static_cast<int>(items.size()), 100) < 0) throw zmq::error_t();
            for (std::size_t i = 0; i < items.size(); ++i) {
                if (!(items[i].revents & ZMQ_POLLIN)) continue;
                zmq::message_t m;
                while (sockets_[i].recv(m, zmq::recv_flags::dontwait)) {
                    wire::Envelope env;
                    if (!env.ParseFromArray(m.data(), static_cast<int>(m.size())) || env.has_error())
                        throw std::runtime_error(std::string(what) + ": tablet " + std::to_string(i) + ": " +
                                                 env.ShortDebugString());
                    ++got;
                }
            }
        }
    }
    std::size_t size() const { return sockets_.size(); }

private:
    zmq::context_t ctx_;
    std::vector<zmq::socket_t> sockets_;
};

class Chair {
public:
    Chair(const launch::HubLauncher &hub, const launch::KeyPair &k) : ctx_(1), cmd_(ctx_, zmq::socket_type::dealer),
                                                                      sub_(ctx_, zmq::socket_type::sub) {
        for (auto *s : {&cmd_, &sub_}) {
            s->set(zmq::sockopt::curve_serverkey, hub.hubPublicKey());
            s->set(zmq::sockopt::curve_publickey, k.publicZ85);
            s->set(zmq::sockopt::curve_secretkey, k.secretZ85);
            s->set(zmq::sockopt::linger, 0);
        }
        sub_.set(zmq::sockopt::subscribe, "");
        sub_.set(zmq::sockopt::rcvhwm, 0);
        cmd_.connect("tcp://127.0.0.1:" + std::to_string(hub.ports().command));
        sub_.connect("tcp://127.0.0.1:" + std::to_string(hub.ports().event));
        // The first heartbeat proves the subscription is live (no sleep).
        if (!nextEvent([](const wire::Envelope &e) { return e.has_heartbeat(); }, 10s))
            throw std::runtime_error("no heartbeat from the hub");
    }
    // Sends and waits for the reply to this request (replies to earlier send()s are skipped).
    wire::Envelope request(wire::Envelope env) {
        env.set_request_id(++nextId_);
        const std::string bytes = protocol::encode(env);
        cmd_.send(zmq::buffer(bytes), zmq::send_flags::none);
        const auto until = Clock::now() + 10s;
        while (Clock::now() < until) {
            zmq::pollitem_t item{cmd_.handle(), 0, ZMQ_POLLIN, 0};
            if (zmq::poll(&item, 1, 100ms) <= 0) continue;
            zmq::message_t m;
            (void)cmd_.recv(m);
            wire::Envelope reply;
            if (!reply.ParseFromArray(m.data(), static_cast<int>(m.size())))
                throw std::runtime_error("chair: undecodable reply");
            if (reply.has_error()) throw std::runtime_error("chair: " + reply.ShortDebugString());
            if (reply.request_id() == nextId_) return reply;
        }
        throw std::runtime_error("chair: no reply to " + protocol::bodyName(env));
    }
    void send(wire::Envelope env) {
        env.set_request_id(++nextId_);
        const std::string bytes = protocol::encode(env);
        cmd_.send(zmq::buffer(bytes), zmq::send_flags::none);
    }
    bool nextEvent(const std::function<bool(const wire::Envelope &)> &pred, std::chrono::milliseconds timeout) {
        const auto until = Clock::now() + timeout;
        while (Clock::now() < until) {
            zmq::pollitem_t item{sub_.handle(), 0, ZMQ_POLLIN, 0};
            if (zmq::poll(&item, 1, 50ms) <= 0) continue;
            zmq::message_t m;
            while (sub_.recv(m, zmq::recv_flags::dontwait)) {
                wire::Envelope env;
                if (env.ParseFromArray(m.data(), static_cast<int>(m.size())) && pred(env)) return true;
            }
        }
        return false;
    }

private:
    zmq::context_t ctx_;
    zmq::socket_t cmd_, sub_;
    std::uint64_t nextId_ = 0;
};

struct Burst {
    double ballotsPerSecond = 0;
    double hubMainUsPerBallot = 0; // hub CPU during the burst, per ballot
    double hubAllUsPerBallot = 0;
    double closeToTallyMs = 0;
    double closeToPublishedMs = 0;
};

Burst runBurst(Chair &chair, Tablets &tablets, bool secret, std::uint64_t &requestId, long long hubPid) {
    wire::Envelope prepare = protocol::envelope();
    auto *d = prepare.mutable_prepare_poll()->mutable_definition();
    d->set_question("Biểu quyết");
    d->set_kind(wire::POLL_KIND_YES_NO_ABSTAIN);
    d->set_mode(secret ? wire::POLL_MODE_SECRET : wire::POLL_MODE_NAMED);
    d->mutable_majority()->set_simple(true);
    d->mutable_majority()->set_base(wire::MAJORITY_BASE_CAST);
    const auto prepared = chair.request(prepare);
    const std::string poll = prepared.ack().created_id();
    if (poll.empty()) throw std::runtime_error("PreparePoll: " + prepared.ShortDebugString());
    wire::Envelope open = protocol::envelope();
    open.mutable_open_poll()->set_poll_id(poll);
    chair.request(open);

    const auto cpu0 = hubCpu(hubPid);
    const auto t0 = Clock::now();
    for (std::size_t i = 0; i < tablets.size(); ++i) {
        auto b = protocol::envelope(++requestId);
        b.mutable_cast_ballot()->set_poll_id(poll);
        b.mutable_cast_ballot()->add_selection(static_cast<std::uint32_t>(i % 3));
        tablets.send(i, b);
    }
    tablets.awaitAll(tablets.size(), 60s, "ballot burst");
    const auto t1 = Clock::now();
    const auto cpu1 = hubCpu(hubPid);

    Burst r;
    r.ballotsPerSecond = static_cast<double>(tablets.size()) / seconds(t1 - t0);
    r.hubMainUsPerBallot = (cpu1.mainNs - cpu0.mainNs) / 1000.0 / static_cast<double>(tablets.size());
    r.hubAllUsPerBallot = (cpu1.allNs - cpu0.allNs) / 1000.0 / static_cast<double>(tablets.size());
    wire::Envelope close = protocol::envelope();
    close.mutable_close_poll()->set_poll_id(poll);
    const auto c0 = Clock::now();
    chair.send(close);
    std::uint32_t ballots = 0;
    if (!chair.nextEvent([&](const wire::Envelope &e) {
            if (!e.has_event() || !e.event().has_poll_closed() || e.event().poll_closed().poll_id() != poll) return false;
            ballots = e.event().poll_closed().result().tally().ballots();
            return true;
        }, 10s))
        throw std::runtime_error("no PollClosed event");
    const auto c1 = Clock::now();
    if (ballots != tablets.size())
        throw std::runtime_error("tally has " + std::to_string(ballots) + " ballots, expected " +
                                 std::to_string(tablets.size()));
    wire::Envelope publish = protocol::envelope();
    publish.mutable_publish_poll()->set_poll_id(poll);
    chair.send(publish);
    if (!chair.nextEvent([&](const wire::Envelope &e) { return e.has_event() && e.event().has_poll_published(); }, 10s))
        throw std::runtime_error("no PollPublished event");
    const auto c2 = Clock::now();
    r.closeToTallyMs = seconds(c1 - c0) * 1000;
    r.closeToPublishedMs = seconds(c2 - c0) * 1000;
    return r;
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    int tabletCount = 500, runs = 5;
    bool secret = false;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        auto value = [&] {
            if (i + 1 >= argc) throw std::runtime_error(a + " needs a value");
            return std::stoi(argv[++i]);
        };
        try {
            if (a == "--tablets") tabletCount = value();
            else if (a == "--runs") runs = value();
            else if (a == "--secret") secret = true;
            else throw std::runtime_error("unknown argument " + a);
        } catch (const std::exception &e) {
            std::cerr << "bench-ballots: " << e.what() << "\nusage: bench-ballots [--tablets N] [--runs R] [--secret]\n";
            return 2;
        }
    }
    if (runs < 5) runs = 5; // the ratio is a median of at least 5 runs
    try {
        QTemporaryDir tmp;
        if (!tmp.isValid()) throw std::runtime_error("cannot create a temporary directory");
        const std::filesystem::path root = tmp.path().toStdString();
        launch::HubLauncher hub(root / "hub", QCoreApplication::applicationDirPath().toStdString());
        {
            std::ofstream(root / "meeting.json") << meetingJson(tabletCount);
            const auto imported = hub.ctl({"meeting", "import", (root / "meeting.json").string()});
            if (!imported.ok()) throw std::runtime_error("import: " + imported.err);
        }
        hub.start();
        std::vector<launch::KeyPair> keys;
        const auto chairKey = launch::KeyPair::generate();
        {
            std::ofstream batch(root / "devices.txt");
            batch << "console-chair console " << chairKey.publicZ85 << ' ' << launch::keyFingerprint(chairKey.publicZ85) << '\n';
            for (int i = 0; i < tabletCount; ++i) {
                keys.push_back(launch::KeyPair::generate());
                batch << deviceName(i) << " seat " << keys.back().publicZ85 << ' '
                      << launch::keyFingerprint(keys.back().publicZ85) << '\n';
            }
        }
        const auto added = hub.ctl({"device", "add-batch", (root / "devices.txt").string()});
        if (!added.ok()) throw std::runtime_error("device add-batch: " + added.err);

        Chair chair(hub, chairKey);
        auto in = protocol::envelope();
        in.mutable_check_in()->set_person_id("chair");
        in.mutable_check_in()->set_pin(kChairPin);
        chair.request(in);
        auto openMeeting = protocol::envelope();
        openMeeting.mutable_open_meeting();
        chair.request(openMeeting);
        Tablets tablets(hub, keys);
        std::uint64_t requestId = 0;
        for (std::size_t i = 0; i < tablets.size(); ++i) {
            auto env = protocol::envelope(++requestId);
            env.mutable_check_in()->set_person_id(voterId(static_cast<int>(i)));
            env.mutable_check_in()->set_pin(std::to_string(5000 + i));
            tablets.send(i, env);
        }
        tablets.awaitAll(tablets.size(), 60s, "check-in");
        runBurst(chair, tablets, false, requestId, hub.pid()); // warm-up: handshakes, page cache

        std::vector<double> raw, ours, oursSecret, tally, published, cpuMain, cpuAll;
        for (int r = 0; r < runs; ++r) {
            raw.push_back(fdatasyncRate(root / "hub" / "data", 500ms));
            const auto b = runBurst(chair, tablets, false, requestId, hub.pid());
            ours.push_back(b.ballotsPerSecond);
            tally.push_back(b.closeToTallyMs);
            published.push_back(b.closeToPublishedMs);
            cpuMain.push_back(b.hubMainUsPerBallot);
            cpuAll.push_back(b.hubAllUsPerBallot);
            if (secret) oursSecret.push_back(runBurst(chair, tablets, true, requestId, hub.pid()).ballotsPerSecond);
            std::printf("run %d: fdatasync %.0f/s, ballots %.0f/s%s, close→tally %.1f ms, close→published %.1f ms, "
                        "hub CPU %.0f µs/ballot (main thread %.0f)\n",
                        r + 1, raw.back(), ours.back(),
                        secret ? (", secret " + std::to_string(static_cast<int>(oursSecret.back())) + "/s").c_str() : "",
                        tally.back(), published.back(), cpuAll.back(), cpuMain.back());
        }
        const double ratio = median(ours) / median(raw);
        std::printf("tablets: %d, runs: %d (interleaved)\n", tabletCount, runs);
        std::printf("raw fdatasync (same disk): median %.0f /s\n", median(raw));
        std::printf("hub ballot burst (named poll): median %.0f ballots/s, %.2f ballots per fdatasync-time\n",
                    median(ours), ratio);
        if (secret) std::printf("hub ballot burst (secret poll, WAL checkpointed): median %.0f ballots/s, ratio %.2f\n",
                                median(oursSecret), median(oursSecret) / median(raw));
        std::printf("hub CPU during the bursts: median %.0f µs per ballot, of which main thread %.0f µs\n",
                    median(cpuAll), median(cpuMain));
        std::printf("ClosePoll → tally on the events socket: median %.1f ms (target ≤ 50 ms)\n", median(tally));
        std::printf("ClosePoll → PollPublished (close, then publish): median %.1f ms\n", median(published));
        std::printf("ballots ratio: %.2f (target ≥ 0.8)\n", ratio);
        hub.stop();
        return 0;
    } catch (const std::exception &e) {
        std::cerr << "bench-ballots: " << e.what() << '\n';
        return 1;
    }
}
