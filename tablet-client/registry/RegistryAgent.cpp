#include "registry/RegistryAgent.h"

#include "ErrorText.h"
#include "registry/RegistryErrorText.h"
#include "agent/RequestIds.h"
#include "agent/ZmqSupport.h"
#include "protocol/Version.h"

#include <sodium.h>
#include <zmq.hpp>

#include <algorithm>
#include <chrono>
#include <deque>
#include <map>
#include <mutex>
#include <optional>
#include <thread>

namespace ecabinet::client {

std::string encodeRegistry(wire::RegistryEnvelope env) {
    env.set_major(protocol::kMajor);
    env.set_minor(protocol::kMinor);
    return env.SerializeAsString();
}

wire::RegistryEnvelope registryErrorReply(std::uint64_t requestId, wire::ErrorCode code, const std::string &message) {
    wire::RegistryEnvelope env;
    env.set_major(protocol::kMajor);
    env.set_minor(protocol::kMinor);
    env.set_request_id(requestId);
    env.mutable_error()->set_code(code);
    env.mutable_error()->set_message(message);
    return env;
}

namespace {
using Clock = std::chrono::steady_clock;
// No reply this long after sending: send the same bytes again. A lost connection is seen by
// the monitor (ZMTP heartbeats) and resends at once after the next Welcome; this timer only
// covers a reply lost otherwise, so it is long enough not to double a slow dashboard query.
constexpr auto kRetryAfter = std::chrono::seconds(15);
// A request that could not be answered this long (registry down): fail it visibly.
constexpr auto kGiveUpAfter = std::chrono::seconds(45);
constexpr auto kTick = std::chrono::milliseconds(500);
constexpr int kDrainBatch = 256;
} // namespace

struct RegistryAgent::Loop {
    Loop(RegistryAgent &q_, DeviceConfig cfg_, QString endpoint_, QString clientName_)
        : q(q_), cfg(std::move(cfg_)), endpoint(endpoint_.toStdString()), clientName(clientName_.toStdString()),
          ctx(sharedZmqContext()) {
        if (sodium_init() < 0) qFatal("libsodium cannot be initialised");
        const std::string wake = uniqueInprocEndpoint("registry-wake");
        wakeRecv = zmq::socket_t(*ctx, zmq::socket_type::pair);
        wakeRecv.set(zmq::sockopt::linger, 0);
        wakeRecv.bind(wake);
        wakeSend = zmq::socket_t(*ctx, zmq::socket_type::pair);
        wakeSend.set(zmq::sockopt::linger, 0);
        wakeSend.connect(wake);
    }
    ~Loop() {
        stop();
        std::lock_guard lock(mutex);
        wakeSend.close();
        wakeRecv.close();
    }

    RegistryAgent &q;
    const DeviceConfig cfg;
    const std::string endpoint;
    const std::string clientName;
    std::shared_ptr<zmq::context_t> ctx;

    // --- shared, under `mutex` ---
    struct Outgoing {
        std::uint64_t id;
        QString command;
        std::string frame;
    };
    std::mutex mutex;
    std::deque<Outgoing> inbox;
    bool stopRequested = false;
    zmq::socket_t wakeSend;
    std::thread thread;

    // --- agent thread only ---
    zmq::socket_t wakeRecv, cmd, cmdMon;
    Link link = Connecting;
    bool welcomed = false;
    std::uint64_t helloId = 0;
    struct Pending {
        QString command;
        std::string frame;
        Clock::time_point submittedAt;
        std::optional<Clock::time_point> sentAt;
    };
    std::map<std::uint64_t, Pending> pending;

    void start() {
        std::lock_guard lock(mutex);
        if (thread.joinable()) return;
        stopRequested = false;
        thread = std::thread([this] { run(); });
    }
    void stop() {
        {
            std::lock_guard lock(mutex);
            if (!thread.joinable()) return;
            stopRequested = true;
            wakeSend.send(zmq::message_t(), zmq::send_flags::dontwait);
        }
        thread.join();
        thread = std::thread();
    }
    std::uint64_t submit(wire::RegistryEnvelope request, const QString &command) {
        const std::uint64_t id = nextRequestId();
        request.set_request_id(id);
        std::lock_guard lock(mutex);
        inbox.push_back(Outgoing{id, command, encodeRegistry(std::move(request))});
        wakeSend.send(zmq::message_t(), zmq::send_flags::dontwait);
        return id;
    }

    bool send(const std::string &frame) {
        if (cmd.handle() == nullptr) return false;
        try {
            return cmd.send(zmq::buffer(frame), zmq::send_flags::dontwait).has_value();
        } catch (const zmq::error_t &e) {
            qWarning("ecabinet registry agent %s: send failed: %s", qPrintable(cfg.name), e.what());
            return false;
        }
    }
    void setLink(Link l, const QString &detail = {}) {
        if (l == link && detail.isEmpty()) return;
        link = l;
        emit q.linkChanged(l, detail);
    }
    void fail(std::uint64_t id, const QString &command, wire::ErrorCode code, const QString &text) {
        emit q.replied(id, command,
                       std::make_shared<const wire::RegistryEnvelope>(registryErrorReply(id, code, text.toStdString())));
    }

    void run() {
        try {
            cmd = makeCurveSocket(*ctx, zmq::socket_type::dealer, cfg);
            cmdMon = monitorSocket(*ctx, cmd, "registry-monitor");
            cmd.connect(endpoint);
        } catch (const zmq::error_t &e) {
            setLink(Disconnected, QStringLiteral("cannot open sockets: %1").arg(QString::fromUtf8(e.what())));
            return;
        }
        setLink(Connecting);
        while (true) {
            {
                std::lock_guard lock(mutex);
                if (stopRequested) break;
            }
            zmq::pollitem_t items[] = {{wakeRecv.handle(), 0, ZMQ_POLLIN, 0},
                                       {cmd.handle(), 0, ZMQ_POLLIN, 0},
                                       {cmdMon.handle(), 0, ZMQ_POLLIN, 0}};
            const int count = cmd.handle() ? 3 : 1;
            try {
                zmq::poll(items, count, kTick);
            } catch (const zmq::error_t &e) {
                if (e.num() == EINTR) continue;
                qWarning("ecabinet registry agent %s: poll failed: %s", qPrintable(cfg.name), e.what());
                break;
            }
            if (items[0].revents & ZMQ_POLLIN) {
                zmq::message_t m;
                while (wakeRecv.recv(m, zmq::recv_flags::dontwait)) {}
                takeInbox();
            }
            if (count > 1) {
                if (items[2].revents & ZMQ_POLLIN)
                    while (auto ev = readMonitorEvent(cmdMon)) onMonitor(*ev);
                if (items[1].revents & ZMQ_POLLIN) onCommandSocket();
            }
            onTimers();
        }
        if (cmd.handle()) closeMonitored(cmd, cmdMon);
    }

    void takeInbox() {
        std::deque<Outgoing> taken;
        {
            std::lock_guard lock(mutex);
            taken.swap(inbox);
        }
        for (auto &o : taken) {
            if (link == Incompatible) {
                fail(o.id, o.command, wire::ERROR_INCOMPATIBLE_VERSION,
                     QStringLiteral("this app is not compatible with the registry"));
                continue;
            }
            auto &p = pending[o.id];
            p.command = o.command;
            p.frame = std::move(o.frame);
            p.submittedAt = Clock::now();
            if (welcomed && send(p.frame)) p.sentAt = Clock::now();
        }
    }

    void onMonitor(const MonitorEvent &ev) {
        switch (ev.event) {
        case ZMQ_EVENT_HANDSHAKE_SUCCEEDED: {
            welcomed = false;
            setLink(Connecting);
            helloId = nextRequestId();
            wire::RegistryEnvelope env;
            env.set_request_id(helloId);
            env.mutable_hello()->set_client_name(clientName);
            send(encodeRegistry(std::move(env)));
            break;
        }
        case ZMQ_EVENT_DISCONNECTED:
            welcomed = false;
            for (auto &[id, p] : pending) p.sentAt.reset();
            if (link != Refused) setLink(Disconnected, connectionLostText());
            break;
        case ZMQ_EVENT_HANDSHAKE_FAILED_AUTH:
            setLink(Refused, deviceRefusedText());
            break;
        default:
            break;
        }
    }

    void onCommandSocket() {
        zmq::message_t msg;
        for (int i = 0; i < kDrainBatch && cmd.handle() && cmd.recv(msg, zmq::recv_flags::dontwait); ++i) {
            auto env = std::make_shared<wire::RegistryEnvelope>();
            if (!env->ParseFromArray(msg.data(), static_cast<int>(msg.size()))) {
                qWarning("ecabinet registry agent %s: undecodable reply (%zu bytes)", qPrintable(cfg.name), msg.size());
                continue; // the request is retried; never trust, never crash
            }
            if (env->major() != protocol::kMajor) {
                setLink(Incompatible, incompatibleText(QStringLiteral("registry protocol %1.%2, ours %3.%4")
                                                           .arg(env->major()).arg(env->minor())
                                                           .arg(protocol::kMajor).arg(protocol::kMinor)));
                continue;
            }
            onReply(std::move(env));
        }
    }

    void onReply(const RegistryReplyPtr &env) {
        const std::uint64_t id = env->request_id();
        if (id != 0 && id == helloId) {
            helloId = 0;
            onWelcome(env);
            return;
        }
        const auto it = pending.find(id);
        if (it == pending.end()) return; // a duplicate answer to a retried request
        const QString command = it->second.command;
        pending.erase(it);
        emit q.replied(id, command, env);
    }

    void onWelcome(const RegistryReplyPtr &env) {
        if (env->has_error()) {
            const auto &e = env->error();
            if (e.code() == wire::ERROR_INCOMPATIBLE_VERSION) {
                setLink(Incompatible, incompatibleText(QString::fromStdString(e.message())));
                for (auto &[pid, p] : pending)
                    fail(pid, p.command, wire::ERROR_INCOMPATIBLE_VERSION, QString::fromStdString(e.message()));
                pending.clear();
                closeMonitored(cmd, cmdMon); // retrying cannot help
            } else if (e.code() == wire::ERROR_DEVICE_REVOKED) {
                setLink(Refused, deviceRefusedText());
            } else {
                setLink(Disconnected, errorText(e));
            }
            return;
        }
        if (!env->has_welcome()) return;
        welcomed = true;
        emit q.welcomed(env);
        setLink(Live);
        const auto now = Clock::now();
        for (auto &[id, p] : pending)
            if (send(p.frame)) p.sentAt = now;
    }

    void onTimers() {
        const auto now = Clock::now();
        for (auto it = pending.begin(); it != pending.end();) {
            auto &p = it->second;
            if (now - p.submittedAt > kGiveUpAfter) {
                fail(it->first, p.command, wire::ERROR_UNSPECIFIED, registryUnreachableText());
                it = pending.erase(it);
                continue;
            }
            if (welcomed && (!p.sentAt || now - *p.sentAt > kRetryAfter) && send(p.frame)) p.sentAt = now;
            ++it;
        }
    }
};

RegistryAgent::RegistryAgent(DeviceConfig config, QString endpoint, QString clientName)
    : loop_(std::make_unique<Loop>(*this, std::move(config), std::move(endpoint), std::move(clientName))) {
    static const int registered = qRegisterMetaType<RegistryReplyPtr>();
    Q_UNUSED(registered)
}

RegistryAgent::~RegistryAgent() { loop_->stop(); }

void RegistryAgent::start() { loop_->start(); }
void RegistryAgent::stop() { loop_->stop(); }
std::uint64_t RegistryAgent::submit(wire::RegistryEnvelope request, const QString &command) {
    return loop_->submit(std::move(request), command);
}

} // namespace ecabinet::client
