#include "RegistryFixture.h"

#include "protocol/Version.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <QProcessEnvironment>

#include <chrono>
#include <fstream>
#include <regex>
#include <stdexcept>
#include <thread>

namespace ecabinet::test {

namespace {
std::string program() { return std::string(ECABINET_BIN_DIR) + "/ecabinet-registry"; }
std::string env(const char *n) { return qEnvironmentVariable(n).toStdString(); }
} // namespace

bool usePostgres() { return env("ECABINET_REGISTRY_BACKEND") == "postgresql"; }

std::string postgresUrl() {
    const std::string host = env("PGHOST").empty() ? "localhost" : env("PGHOST");
    std::string url = "postgresql://" + env("PGUSER") + ":" + env("PGPASSWORD") + "@";
    if (host[0] == '/') url += "localhost:" + env("PGPORT") + "/" + env("PGDATABASE") + "?host=" + host;
    else url += host + ":" + env("PGPORT") + "/" + env("PGDATABASE");
    return url;
}

std::string seedJson(int units, const std::vector<std::pair<std::string, std::string>> &hubs) {
    nlohmann::json j;
    j["units"].push_back({{"id", "vptu"}, {"name", "Văn phòng Tỉnh ủy"}, {"office", true}, {"issuer_code", "TU"}});
    j["accounts"].push_back({{"id", "vanthu"}, {"name", "Văn thư"}, {"unit", "vptu"}, {"role", "dispatch"}, {"password", kPassword}});
    for (int i = 1; i <= units; ++i) {
        char id[16];
        std::snprintf(id, sizeof id, "u%02d", i);
        j["units"].push_back({{"id", id}, {"name", std::string("Đơn vị ") + (id + 1)}});
        j["accounts"].push_back({{"id", id}, {"unit", id}, {"password", kPassword}});
    }
    j["accounts"].push_back({{"id", "u01.b"}, {"unit", "u01"}, {"password", kPassword}});
    for (const auto &[name, key] : hubs) j["hubs"].push_back({{"name", name}, {"key", key}});
    return j.dump();
}

RegistryProcess::RegistryProcess(const std::string &seed, const std::string &dbUrl) : db_(dbUrl) {
    if (!dir_.isValid()) throw std::runtime_error("no temporary directory");
    if (run({"init"}) != 0) throw std::runtime_error("ecabinet-registry init failed");
    if (seed.empty()) return; // a second process on a database seeded by another
    const std::string seedPath = dir_.path().toStdString() + "/seed.json";
    std::ofstream(seedPath) << seed;
    std::string out;
    if (run({"seed", seedPath}, &out) != 0) throw std::runtime_error("ecabinet-registry seed failed: " + out);
}

RegistryProcess::~RegistryProcess() {
    if (proc_ && proc_->state() != QProcess::NotRunning) stop();
}

int RegistryProcess::run(const std::vector<std::string> &args, std::string *out) {
    QStringList a{QStringLiteral("--data"), QString::fromStdString(dataDir())};
    if (!db_.empty()) a << QStringLiteral("--db") << QString::fromStdString(db_);
    for (const auto &x : args) a << QString::fromStdString(x);
    QProcess p;
    p.start(QString::fromStdString(program()), a);
    if (!p.waitForFinished(120000)) return -1;
    if (out) *out = (p.readAllStandardOutput() + p.readAllStandardError()).toStdString();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

void RegistryProcess::start() {
    proc_ = std::make_unique<QProcess>();
    proc_->setStandardErrorFile(QString::fromStdString(dir_.path().toStdString() + "/registry.log"), QIODevice::Append);
    QStringList a{QStringLiteral("--data"), QString::fromStdString(dataDir()), QStringLiteral("--bind"),
                  QStringLiteral("tcp://127.0.0.1"), QStringLiteral("--port"), QString::number(port_),
                  QStringLiteral("--no-reminders")};
    if (!db_.empty()) a << QStringLiteral("--db") << QString::fromStdString(db_);
    proc_->start(QString::fromStdString(program()), a);
    if (!proc_->waitForStarted(10000)) throw std::runtime_error("ecabinet-registry did not start");
    static const std::regex ready(R"(^ecabinet-registry ready port=(\d+)\s*$)");
    const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    std::string buffer;
    while (std::chrono::steady_clock::now() < until) {
        if (proc_->canReadLine()) {
            const std::string line = proc_->readLine().toStdString();
            std::smatch m;
            if (std::regex_match(line, m, ready)) {
                port_ = std::stoi(m[1]);
                return;
            }
            continue;
        }
        if (!proc_->waitForReadyRead(500) && proc_->state() == QProcess::NotRunning) break;
    }
    throw std::runtime_error("ecabinet-registry did not get ready: " + log());
}

void RegistryProcess::stop() {
    proc_->terminate();
    if (!proc_->waitForFinished(15000)) {
        proc_->kill();
        proc_->waitForFinished(5000);
    }
}

void RegistryProcess::kill9() {
    proc_->kill();
    proc_->waitForFinished(10000);
}

std::string RegistryProcess::publicKey() const {
    std::ifstream in(dataDir() + "/registry.pub");
    std::string k;
    in >> k;
    return k;
}

std::string RegistryProcess::log() const {
    std::ifstream in(dir_.path().toStdString() + "/registry.log");
    return std::string(std::istreambuf_iterator<char>(in), {});
}

RegistryClient::RegistryClient(int port, const std::string &serverKey, const std::string &pub, const std::string &sec)
    : sock_(ctx_, zmq::socket_type::dealer) {
    std::string p = pub, s = sec;
    if (p.empty()) {
        char a[41], b[41];
        zmq_curve_keypair(a, b);
        p = a;
        s = b;
    }
    sock_.set(zmq::sockopt::curve_serverkey, serverKey);
    sock_.set(zmq::sockopt::curve_publickey, p);
    sock_.set(zmq::sockopt::curve_secretkey, s);
    sock_.set(zmq::sockopt::linger, 0);
    sock_.connect("tcp://127.0.0.1:" + std::to_string(port));
}

wire::RegistryEnvelope RegistryClient::call(wire::RegistryEnvelope request) {
    request.set_major(protocol::kMajor);
    request.set_minor(protocol::kMinor);
    if (request.request_id() == 0) request.set_request_id(next_++);
    if (request.session().empty()) request.set_session(session_);
    const std::string bytes = request.SerializeAsString();
    sock_.send(zmq::buffer(bytes), zmq::send_flags::none);
    const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    while (std::chrono::steady_clock::now() < until) {
        zmq::pollitem_t item{sock_.handle(), 0, ZMQ_POLLIN, 0};
        zmq::poll(&item, 1, std::chrono::milliseconds(500));
        if (!(item.revents & ZMQ_POLLIN)) continue;
        zmq::message_t m;
        (void)sock_.recv(m);
        wire::RegistryEnvelope reply;
        if (!reply.ParseFromArray(m.data(), static_cast<int>(m.size()))) throw std::runtime_error("undecodable reply");
        if (reply.request_id() == request.request_id()) return reply;
    }
    throw std::runtime_error("no reply from the registry within 60 s");
}

wire::SignedIn RegistryClient::signIn(const std::string &account, const std::string &password) {
    wire::RegistryEnvelope r;
    r.mutable_sign_in()->set_account(account);
    r.mutable_sign_in()->set_password(password);
    r.set_session("");
    const auto reply = call(r);
    if (!reply.has_signed_in()) throw std::runtime_error("sign-in of " + account + " failed: " + reply.error().message());
    session_ = reply.signed_in().session();
    return reply.signed_in();
}

} // namespace ecabinet::test
