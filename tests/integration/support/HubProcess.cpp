#include "support/HubProcess.h"

#include "support/TestMeeting.h"
#include "support/TestPdf.h"

#include <QCryptographicHash>
#include <QProcess>
#include <QStringList>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <zmq.h>

#include <array>
#include <fstream>
#include <regex>
#include <stdexcept>
#include <thread>

namespace ecabinet::testing {

namespace {

std::string text(const QByteArray &b) { return b.toStdString(); }

void writeFile(const std::filesystem::path &path, const std::string &content) {
    std::filesystem::create_directories(path.parent_path());
    std::ofstream out(path, std::ios::binary);
    out << content;
    if (!out) throw std::runtime_error("cannot write " + path.string());
}

} // namespace

std::string binPath(const std::string &program) {
    const auto env = qEnvironmentVariable("ECABINET_BIN_DIR");
    const std::string dir = env.isEmpty() ? std::string(ECABINET_BIN_DIR) : env.toStdString();
    return (std::filesystem::path(dir) / program).string();
}

CtlResult runProgram(const std::string &program, const std::vector<std::string> &args,
                     std::chrono::milliseconds timeout) {
    QProcess p;
    QStringList qargs;
    for (const auto &a : args) qargs << QString::fromStdString(a);
    p.start(QString::fromStdString(program), qargs);
    CtlResult r;
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
    r.out = text(p.readAllStandardOutput());
    r.err += text(p.readAllStandardError());
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
    const auto hash = QCryptographicHash::hash(
        QByteArrayView(reinterpret_cast<const char *>(raw.data()), raw.size()), QCryptographicHash::Sha256);
    const auto hex = hash.left(16).toHex().toStdString();
    std::string out;
    for (std::size_t i = 0; i < hex.size(); i += 4) {
        if (i) out.push_back(' ');
        out += hex.substr(i, 4);
    }
    return out;
}

HubProcess::HubProcess() {
    if (!tmp_.isValid()) throw std::runtime_error("cannot create a temporary directory");
    tmp_.setAutoRemove(qEnvironmentVariableIsEmpty("ECABINET_KEEP_TEST_DIRS"));
    const auto r = ctl({"init"});
    if (!r.ok())
        throw std::runtime_error("`ecabinetctl init` failed (exit " + std::to_string(r.exitCode) + "): " + r.err);
}

HubProcess::~HubProcess() {
    if (running()) {
        const int code = stop();
        if (code != 0) ADD_FAILURE() << "ecabinet-hub did not stop cleanly (exit " << code << ")\n" << log();
    }
    if (::testing::Test::HasFailure()) {
        tmp_.setAutoRemove(false);
        std::cerr << "[HubProcess] test failed; data kept in " << root() << "\n--- hub log ---\n"
                  << log() << "--- end of hub log ---\n";
    }
}

std::filesystem::path HubProcess::root() const { return tmp_.path().toStdString(); }
std::filesystem::path HubProcess::dataDir() const { return root() / "data"; }
std::filesystem::path HubProcess::logPath() const { return root() / "hub.log"; }

std::string HubProcess::hubPublicKey() const {
    auto key = readFileBytes(dataDir() / "hub.pub");
    while (!key.empty() && std::isspace(static_cast<unsigned char>(key.back()))) key.pop_back();
    return key;
}

std::string HubProcess::log() const {
    std::ifstream in(logPath(), std::ios::binary);
    std::stringstream buf;
    buf << in.rdbuf();
    return buf.str();
}

bool HubProcess::waitForLog(const std::string &needle, std::chrono::milliseconds timeout) const {
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (true) {
        if (log().find(needle) != std::string::npos) return true;
        if (std::chrono::steady_clock::now() >= deadline) return false;
        // The hub writes its log asynchronously to our test; a short poll
        // interval bounded by the deadline, not a synchronising sleep.
        std::this_thread::sleep_for(20ms);
    }
}

bool HubProcess::running() const { return proc_ && proc_->state() != QProcess::NotRunning; }

void HubProcess::start(std::chrono::milliseconds timeout) {
    if (running()) throw std::logic_error("HubProcess::start: the hub is already running");
    proc_ = std::make_unique<QProcess>();
    // stderr to a file: nobody has to drain a pipe while a test blocks on a
    // socket, and the log survives the process for assertions and post-mortems.
    proc_->setStandardErrorFile(QString::fromStdString(logPath().string()), QIODevice::Append);
    QStringList args = {"--data", QString::fromStdString(dataDir().string()), "--bind", "tcp://127.0.0.1",
                        "--command-port", QString::number(ports_.command),
                        "--event-port", QString::number(ports_.event),
                        "--blob-port", QString::number(ports_.blob)};
    proc_->start(QString::fromStdString(binPath("ecabinet-hub")), args);
    if (!proc_->waitForStarted(10000))
        throw std::runtime_error("cannot start " + binPath("ecabinet-hub") + ": " + proc_->errorString().toStdString());
    static const std::regex ready(R"(^ecabinet-hub ready command=(\d+) event=(\d+) blob=(\d+)\s*$)");
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    std::string seen;
    while (std::chrono::steady_clock::now() < deadline) {
        while (proc_->canReadLine()) {
            const auto line = text(proc_->readLine());
            seen += line;
            std::smatch m;
            if (std::regex_match(line, m, ready)) {
                ports_ = {std::stoi(m[1]), std::stoi(m[2]), std::stoi(m[3])};
                return;
            }
        }
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
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
                             " (stdout: '" + seen + "')\n--- hub stderr ---\n" + log());
}

int HubProcess::stop() {
    if (!running()) return -1;
    proc_->terminate();
    if (!proc_->waitForFinished(15000)) {
        ADD_FAILURE() << "ecabinet-hub ignored SIGTERM for 15 s; killing it";
        proc_->kill();
        proc_->waitForFinished(5000);
        return -1;
    }
    return proc_->exitStatus() == QProcess::NormalExit ? proc_->exitCode() : -1;
}

void HubProcess::kill9() {
    if (!running()) return;
    proc_->kill();
    if (!proc_->waitForFinished(10000)) ADD_FAILURE() << "ecabinet-hub survived SIGKILL for 10 s";
}

CtlResult HubProcess::ctl(const std::vector<std::string> &args) const {
    std::vector<std::string> all = {"--data", dataDir().string()};
    all.insert(all.end(), args.begin(), args.end());
    return runProgram(binPath("ecabinetctl"), all);
}

CtlResult HubProcess::importMeeting(const std::string &jsonText) {
    const auto dir = root() / "import";
    const auto file = dir / "meeting.json";
    writeFile(file, jsonText);
    const auto meeting = nlohmann::json::parse(jsonText);
    int ordinal = 0;
    for (const auto &item : meeting.value("agenda", nlohmann::json::array())) {
        for (const auto &doc : item.value("documents", nlohmann::json::array())) {
            const auto id = doc.value("id", std::string());
            const auto path = dir / doc.value("file", std::string());
            documents_[id] = path;
            if (std::filesystem::exists(path)) continue;
            bool scan = false;
            int pages = 2 + ordinal % 3;
            for (const auto &d : standard::documents())
                if (d.id == id) {
                    pages = d.pages;
                    scan = d.withScan;
                }
            makeTestPdf(path, pages, doc.value("title", id), scan);
            ++ordinal;
        }
    }
    auto r = ctl({"meeting", "import", file.string()});
    if (!r.ok()) ADD_FAILURE() << "`ecabinetctl meeting import` failed (exit " << r.exitCode << "):\n" << r.err;
    return r;
}

CtlResult HubProcess::importStandardMeeting() { return importMeeting(standard::meetingJson()); }

std::filesystem::path HubProcess::documentPath(const std::string &docId) const {
    const auto it = documents_.find(docId);
    if (it == documents_.end()) throw std::out_of_range("no imported document " + docId);
    return it->second;
}

EnrolledDevice HubProcess::addPendingDevice(const std::string &name, const std::string &kind) {
    if (ports_.command == 0) throw std::logic_error("enrol devices after start(): device.json records the ports");
    EnrolledDevice dev{name, kind, root() / "devices" / name / "device.json", {}, {}};
    const auto enroll = runProgram(binPath("ecabinet-enroll"),
                                   {"--out", dev.deviceJson.parent_path().string(), "--name", name,
                                    "--hub", "127.0.0.1", "--hub-key", hubPublicKey(), "--kind", kind,
                                    "--command-port", std::to_string(ports_.command),
                                    "--event-port", std::to_string(ports_.event),
                                    "--blob-port", std::to_string(ports_.blob)});
    if (!enroll.ok())
        throw std::runtime_error("ecabinet-enroll failed (exit " + std::to_string(enroll.exitCode) + "): " +
                                 enroll.err + enroll.out);
    const auto json = nlohmann::json::parse(readFileBytes(dev.deviceJson));
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
    return dev;
}

EnrolledDevice HubProcess::enrolDevice(const std::string &name, const std::string &kind) {
    auto dev = addPendingDevice(name, kind);
    const auto approve = ctl({"device", "approve", name, "--fingerprint", dev.fingerprint});
    if (!approve.ok())
        throw std::runtime_error("`ecabinetctl device approve " + name + "` failed: " + approve.err);
    return dev;
}

} // namespace ecabinet::testing
