#include "HubLauncher.h"

#include "domain/HashChain.h"

#include <QProcess>
#include <QStringList>

#include <nlohmann/json.hpp>
#include <zmq.h>

#include <array>
#include <fstream>
#include <regex>
#include <sstream>
#include <stdexcept>

namespace ecabinet::launch {

namespace {

std::string readFile(const std::filesystem::path &path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + path.string());
    std::stringstream buf;
    buf << in.rdbuf();
    return buf.str();
}

std::string trimmed(std::string s) {
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.pop_back();
    return s;
}

} // namespace

ProgramResult runProgram(const std::string &program, const std::vector<std::string> &args,
                         std::chrono::milliseconds timeout) {
    QProcess p;
    QStringList qargs;
    for (const auto &a : args) qargs << QString::fromStdString(a);
    p.start(QString::fromStdString(program), qargs);
    ProgramResult r;
    if (!p.waitForStarted(10000)) {
        r.err = "cannot start " + program + ": " + p.errorString().toStdString();
        return r;
    }
    if (!p.waitForFinished(static_cast<int>(timeout.count()))) {
        p.kill();
        p.waitForFinished(5000);
        r.err = program + " did not finish within " + std::to_string(timeout.count()) + " ms\n";
    } else if (p.exitStatus() == QProcess::NormalExit) {
        r.exitCode = p.exitCode();
    }
    r.out = p.readAllStandardOutput().toStdString();
    r.err += p.readAllStandardError().toStdString();
    return r;
}

KeyPair KeyPair::generate() {
    std::array<char, 41> pub{}, sec{};
    if (zmq_curve_keypair(pub.data(), sec.data()) != 0)
        throw std::runtime_error("zmq_curve_keypair failed (libzmq without CURVE?)");
    return {pub.data(), sec.data()};
}

std::string keyFingerprint(const std::string &publicZ85) {
    std::array<std::uint8_t, 32> raw{};
    if (publicZ85.size() != 40 || !zmq_z85_decode(raw.data(), publicZ85.c_str())) return {};
    auto fp = domain::fingerprint(std::string(reinterpret_cast<const char *>(raw.data()), raw.size()));
    return fp ? *fp : std::string();
}

HubLauncher::HubLauncher(std::filesystem::path root, std::filesystem::path binDir)
    : root_(std::move(root)), binDir_(std::move(binDir)) {
    std::filesystem::create_directories(root_);
    if (std::filesystem::exists(dataDir() / "hub.pub")) return;
    const auto r = ctl({"init"});
    if (!r.ok())
        throw std::runtime_error("`ecabinetctl init` failed (exit " + std::to_string(r.exitCode) + "): " + r.err);
}

HubLauncher::~HubLauncher() {
    if (running()) stop();
}

std::string HubLauncher::hubPublicKey() const { return trimmed(readFile(dataDir() / "hub.pub")); }

std::string HubLauncher::log() const {
    std::ifstream in(logPath(), std::ios::binary);
    std::stringstream buf;
    buf << in.rdbuf();
    return buf.str();
}

std::int64_t HubLauncher::pid() const { return running() ? proc_->processId() : 0; }

bool HubLauncher::running() const { return proc_ && proc_->state() != QProcess::NotRunning; }

void HubLauncher::start(std::chrono::milliseconds timeout, HubPorts wanted) {
    if (running()) throw std::logic_error("HubLauncher::start: the hub is already running");
    if (ports_.command == 0) ports_ = wanted;
    proc_ = std::make_unique<QProcess>();
    // stderr to a file: nobody has to drain a pipe while the caller blocks,
    // and the log survives the process for post-mortems.
    proc_->setStandardErrorFile(QString::fromStdString(logPath().string()), QIODevice::Append);
    QStringList args = {"--data", QString::fromStdString(dataDir().string()), "--bind", "tcp://127.0.0.1",
                        "--command-port", QString::number(ports_.command),
                        "--event-port", QString::number(ports_.event),
                        "--blob-port", QString::number(ports_.blob),
                        "--registry-port", QString::number(ports_.registry)}; // 0: parallel hubs never collide
    for (const auto &a : extraArgs_) args << QString::fromStdString(a);
    proc_->start(QString::fromStdString(program("ecabinet-hub")), args);
    if (!proc_->waitForStarted(10000))
        throw std::runtime_error("cannot start " + program("ecabinet-hub") + ": " + proc_->errorString().toStdString());
    static const std::regex ready(R"(^ecabinet-hub ready command=(\d+) event=(\d+) blob=(\d+)\s*$)");
    static const std::regex registryLine(R"(^ecabinet-hub registry port=(\d+)\s*$)");
    int registryPort = 0;
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    std::string seen;
    while (std::chrono::steady_clock::now() < deadline) {
        while (proc_->canReadLine()) {
            const auto line = proc_->readLine().toStdString();
            seen += line;
            std::smatch m;
            if (std::regex_match(line, m, registryLine)) registryPort = std::stoi(m[1]);
            if (std::regex_match(line, m, ready)) {
                ports_ = {std::stoi(m[1]), std::stoi(m[2]), std::stoi(m[3]), registryPort};
                return;
            }
        }
        const auto left =
            std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
        if (!proc_->waitForReadyRead(static_cast<int>(std::max<long>(1, left.count()))) &&
            proc_->state() == QProcess::NotRunning)
            break;
    }
    const bool died = proc_->state() == QProcess::NotRunning;
    if (!died) {
        proc_->kill();
        proc_->waitForFinished(5000);
    }
    throw std::runtime_error(std::string("ecabinet-hub ") + (died ? "exited" : "did not print its ready line") +
                             " (stdout: '" + seen + "')\n--- hub log ---\n" + log());
}

int HubLauncher::stop() {
    if (!running()) return -1;
    proc_->terminate();
    if (!proc_->waitForFinished(15000)) {
        proc_->kill();
        proc_->waitForFinished(5000);
        return -1;
    }
    return proc_->exitStatus() == QProcess::NormalExit ? proc_->exitCode() : -1;
}

void HubLauncher::kill9() {
    if (!running()) return;
    proc_->kill();
    if (!proc_->waitForFinished(10000)) throw std::runtime_error("ecabinet-hub survived SIGKILL for 10 s");
}

ProgramResult HubLauncher::ctl(const std::vector<std::string> &args) const {
    std::vector<std::string> all = {"--data", dataDir().string()};
    all.insert(all.end(), args.begin(), args.end());
    return runProgram(program("ecabinetctl"), all);
}

EnrolledDevice HubLauncher::enrolDevice(const std::string &name, const std::string &kind, bool approve) {
    if (ports_.command == 0) throw std::logic_error("enrol devices after start(): device.json records the ports");
    EnrolledDevice dev{name, kind, root_ / "devices" / name / "device.json", {}, {}};
    std::filesystem::remove(dev.deviceJson); // re-enrolment of a demo/bench device: a fresh key
    const auto enroll = runProgram(program("ecabinet-enroll"),
                                   {"--out", dev.deviceJson.parent_path().string(), "--name", name,
                                    "--hub", "127.0.0.1", "--hub-key", hubPublicKey(), "--kind", kind,
                                    "--command-port", std::to_string(ports_.command),
                                    "--event-port", std::to_string(ports_.event),
                                    "--blob-port", std::to_string(ports_.blob)});
    if (!enroll.ok())
        throw std::runtime_error("ecabinet-enroll failed (exit " + std::to_string(enroll.exitCode) + "): " +
                                 enroll.err + enroll.out);
    const auto json = nlohmann::json::parse(readFile(dev.deviceJson));
    dev.keys = {json.at("public_key").get<std::string>(), json.at("secret_key").get<std::string>()};
    static const std::regex fp(R"(([0-9a-fA-F]{4}(?: [0-9a-fA-F]{4}){7}))");
    std::smatch m;
    if (!std::regex_search(enroll.out, m, fp))
        throw std::runtime_error("ecabinet-enroll printed no fingerprint: " + enroll.out);
    dev.fingerprint = m[1];
    if (keyFingerprint(dev.keys.publicZ85) != dev.fingerprint)
        throw std::runtime_error("ecabinet-enroll printed fingerprint '" + dev.fingerprint +
                                 "' but device.json's key has '" + keyFingerprint(dev.keys.publicZ85) + "'");
    const auto add = ctl({"device", "add", name, "--key", dev.keys.publicZ85, "--kind", kind});
    if (!add.ok()) throw std::runtime_error("`ecabinetctl device add " + name + "` failed: " + add.err);
    if (approve) {
        const auto ok = ctl({"device", "approve", name, "--fingerprint", dev.fingerprint});
        if (!ok.ok()) throw std::runtime_error("`ecabinetctl device approve " + name + "` failed: " + ok.err);
    }
    return dev;
}

} // namespace ecabinet::launch
