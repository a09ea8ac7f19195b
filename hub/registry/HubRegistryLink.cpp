#include "registry/HubRegistryLink.h"

#include "registry/DirectiveJob.h"
#include "registry/Outbox.h"
#include "registry/RegistryDb.h"
#include "registry/RegistryServer.h"
#include "registry/RegistryService.h"

#include "net/Log.h"
#include "protocol/Version.h"
#include "service/MeetingService.h"
#include "store/Store.h"

#include <QCoreApplication>

#include <zmq.hpp>

#include <chrono>
#include <optional>
#include <poll.h>

namespace ecabinet::hub::registry {

namespace fs = std::filesystem;

namespace {

constexpr std::size_t kPerHandOff = 100;
constexpr auto kReplyTimeout = std::chrono::seconds(10);

bool stopRequested(int fd, int waitMs) {
    pollfd p{fd, POLLIN, 0};
    return ::poll(&p, 1, waitMs) > 0 && (p.revents & POLLIN);
}

} // namespace

void configureSigning(RegistryConfig &config, const fs::path &dataDir) {
    const fs::path programDir = QCoreApplication::instance() ? fs::path(QCoreApplication::applicationDirPath().toStdString()) : fs::path();
    if (auto setup = signingSetupFromData(dataDir, programDir)) {
        net::logLine("registry", "directives are published as PDFs signed with the certificates in " + setup->nssDir.string());
        config.makePdf = signingPdfMaker(std::move(*setup));
    } else {
        net::logLine("registry", "no " + (dataDir / "signing" / "nssdb").string() +
                                     ": directives are published without a signed PDF");
    }
}

RegistryThread::RegistryThread(fs::path dir, std::string bind, int port, net::HubKeys keys, int shutdownFd) {
    std::promise<int> bound;
    auto ready = bound.get_future();
    thread_ = std::thread([dir, bind, port, keys, shutdownFd, p = std::move(bound)]() mutable {
        bool announced = false;
        try {
            DbLocation where;
            where.sqlitePath = (dir / "registry.db").string();
            auto db = RegistryDb::open(where);
            if (!db) throw std::runtime_error(db.error());
            SystemClock clock;
            RegistryConfig config;
            config.registryId = "hub";
            config.filesDir = dir / "files";
            configureSigning(config, dir);
            RegistryService service(**db, clock, config);
            RegistryServer server(bind, port, keys, service);
            p.set_value(server.port());
            announced = true;
            server.run(shutdownFd);
        } catch (const std::exception &e) {
            net::logLine("registry", std::string("the hub's registry stopped: ") + e.what());
            if (!announced) p.set_exception(std::current_exception());
        }
    });
    try {
        port_ = ready.get();
    } catch (...) {
        thread_.join();
        throw;
    }
}

RegistryThread::~RegistryThread() {
    if (thread_.joinable()) thread_.join();
}

OutboxCourier::OutboxCourier(fs::path dir, std::string hubName, net::HubKeys keys, CourierTarget target, int shutdownFd)
    : thread_([this, dir, hubName, keys, target, shutdownFd] { run(dir, hubName, keys, target, shutdownFd); }) {}

OutboxCourier::~OutboxCourier() {
    if (thread_.joinable()) thread_.join();
}

void OutboxCourier::run(fs::path dir, std::string hubName, net::HubKeys keys, CourierTarget target, int shutdownFd) {
    SystemClock clock;
    auto store = Store::open(dir);
    if (!store) {
        net::logLine("outbox", "cannot open the hub store, hand-offs wait: " + store.error());
        return;
    }
    Outbox outbox(**store);
    // In-process: the registry's database, opened here (a connection belongs to its thread).
    std::unique_ptr<RegistryDb> registryDb;
    std::unique_ptr<RegistryService> registry;
    // Network: one DEALER; recreated after a timeout so a late reply cannot be taken for the next.
    zmq::context_t ctx;
    std::optional<zmq::socket_t> sock;
    std::uint64_t requestId = static_cast<std::uint64_t>(clock.nowMs()) << 20;
    std::string lastLogged;

    while (!stopRequested(shutdownFd, 500)) {
        std::vector<OutboxRow> rows;
        try {
            rows = outbox.due(clock.nowMs(), kPerHandOff);
        } catch (const std::exception &e) {
            net::logLine("outbox", std::string("cannot read the outbox: ") + e.what());
            continue;
        }
        if (rows.empty()) continue;
        std::vector<std::int64_t> ids;
        std::vector<wire::ConclusionHandoff> list;
        for (auto &r : rows) {
            ids.push_back(r.id);
            list.push_back(r.handoff);
        }
        std::string error;
        try {
            if (target.inProcess) {
                if (!registry) {
                    DbLocation where;
                    where.sqlitePath = (dir / "registry.db").string();
                    auto db = RegistryDb::open(where);
                    if (!db) throw std::runtime_error(db.error());
                    registryDb = std::move(*db);
                    RegistryConfig config;
                    config.filesDir = dir / "files";
                    registry = std::make_unique<RegistryService>(*registryDb, clock, config);
                }
                registry->importConclusions(hubName, list);
            } else {
                if (!sock) {
                    sock.emplace(ctx, zmq::socket_type::dealer);
                    sock->set(zmq::sockopt::curve_serverkey, target.registryKey);
                    sock->set(zmq::sockopt::curve_publickey, keys.publicZ85);
                    sock->set(zmq::sockopt::curve_secretkey, keys.secretZ85);
                    sock->set(zmq::sockopt::linger, 0);
                    sock->connect(target.endpoint);
                }
                wire::RegistryEnvelope req;
                req.set_major(protocol::kMajor);
                req.set_minor(protocol::kMinor);
                req.set_request_id(++requestId);
                for (const auto &h : list) *req.mutable_hand_off()->add_conclusions() = h;
                const std::string bytes = req.SerializeAsString();
                if (!sock->send(zmq::buffer(bytes), zmq::send_flags::dontwait)) throw std::runtime_error("registry not connected");
                const auto until = std::chrono::steady_clock::now() + kReplyTimeout;
                bool answered = false;
                while (!answered && std::chrono::steady_clock::now() < until) {
                    zmq::pollitem_t item{sock->handle(), 0, ZMQ_POLLIN, 0};
                    zmq::poll(&item, 1, std::chrono::milliseconds(200));
                    if (!(item.revents & ZMQ_POLLIN)) {
                        if (stopRequested(shutdownFd, 0)) return;
                        continue;
                    }
                    zmq::message_t m;
                    (void)sock->recv(m);
                    wire::RegistryEnvelope reply;
                    if (!reply.ParseFromArray(m.data(), static_cast<int>(m.size())) || reply.request_id() != requestId)
                        continue;
                    answered = true;
                    if (reply.has_error()) throw std::runtime_error("registry refused: " + reply.error().message());
                }
                if (!answered) {
                    sock.reset();
                    throw std::runtime_error("no answer from the registry at " + target.endpoint + " within 10 s");
                }
            }
            outbox.markDelivered(ids, clock.nowMs());
            if (!lastLogged.empty()) net::logLine("outbox", "registry reachable again; hand-offs delivered");
            lastLogged.clear();
        } catch (const std::exception &e) {
            error = e.what();
            registry.reset();
            registryDb.reset();
        }
        if (!error.empty()) {
            try {
                outbox.markFailed(ids, clock.nowMs(), error);
            } catch (const std::exception &e) {
                net::logLine("outbox", std::string("cannot record the failure: ") + e.what());
            }
            if (error != lastLogged) net::logLine("outbox", std::to_string(ids.size()) + " hand-offs wait: " + error);
            lastLogged = error;
        }
    }
}

} // namespace ecabinet::hub::registry
