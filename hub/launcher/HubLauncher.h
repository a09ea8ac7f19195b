// HubLauncher: runs the real programs the way an operator does — ecabinetctl
// init / meeting import / device add+approve, ecabinet-enroll, ecabinet-hub —
// in one root folder. Used by the demo, the benchmarks and (through
// tests/integration/support/HubProcess) the integration tests.
//
// It talks to the hub only through its command line and its ready line; it
// includes no hub header (DESIGN.md §2: nothing shares code with the hub but
// shared/).
#pragma once

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

class QProcess;

namespace ecabinet::launch {

using namespace std::chrono_literals;

struct ProgramResult {
    int exitCode = -1; // -1: crashed, could not start, or did not finish
    std::string out;
    std::string err;
    bool ok() const { return exitCode == 0; }
};

// Runs a program with a timeout and collects its output.
ProgramResult runProgram(const std::string &program, const std::vector<std::string> &args,
                         std::chrono::milliseconds timeout = 60s);

struct KeyPair {
    std::string publicZ85;
    std::string secretZ85;
    static KeyPair generate(); // a fresh CURVE pair
};

// "ab12 cd34 …" of a Z85 public key ("" if the key is not valid Z85 of 32 bytes).
std::string keyFingerprint(const std::string &publicZ85);

struct HubPorts {
    int command = 0, event = 0, blob = 0;
    int registry = 0; // the hub's own registry socket (0 when it runs none)
};

struct EnrolledDevice {
    std::string name;
    std::string kind;                 // "seat" | "console"
    std::filesystem::path deviceJson; // written by ecabinet-enroll
    KeyPair keys;
    std::string fingerprint;          // as ecabinet-enroll printed it
};

class HubLauncher {
public:
    // `root` holds data/ (the hub's --data), devices/NAME/device.json and
    // hub.log; `binDir` holds the programs. Runs `ecabinetctl init` unless
    // data/hub.pub exists already. Throws std::runtime_error on failure.
    HubLauncher(std::filesystem::path root, std::filesystem::path binDir);
    ~HubLauncher(); // stops a running hub (SIGTERM, SIGKILL after 15 s)
    HubLauncher(const HubLauncher &) = delete;
    HubLauncher &operator=(const HubLauncher &) = delete;

    // Starts the hub on `bind` and waits for its ready line. The first start
    // uses the given ports (0 = let the hub choose, read back from the ready
    // line); later starts reuse the ports of the first. Throws with the
    // hub's log if it does not get ready within `timeout`.
    void start(std::chrono::milliseconds timeout = 30s, HubPorts wanted = {});
    // Extra command-line arguments for the next start() (e.g. "--registry", "HOST:PORT").
    void setExtraArgs(std::vector<std::string> args) { extraArgs_ = std::move(args); }
    int stop();   // SIGTERM and wait; exit code (-1 if it crashed or hung)
    void kill9(); // SIGKILL and wait: a power cut, from the hub's view
    bool running() const;
    std::int64_t pid() const; // of the running hub, 0 when none (benchmarks read its CPU time)

    const HubPorts &ports() const { return ports_; }
    const std::filesystem::path &root() const { return root_; }
    std::filesystem::path dataDir() const { return root_ / "data"; }
    std::filesystem::path logPath() const { return root_ / "hub.log"; }
    std::string hubPublicKey() const;
    std::string log() const;
    std::string program(const std::string &name) const { return (binDir_ / name).string(); }

    ProgramResult ctl(const std::vector<std::string> &args) const; // ecabinetctl --data DIR args...

    // ecabinet-enroll writes root()/devices/NAME/device.json; then `device add`
    // and, unless `approve` is false, `device approve` with the printed
    // fingerprint. Call after start() (device.json records the ports).
    EnrolledDevice enrolDevice(const std::string &name, const std::string &kind = "seat", bool approve = true);

private:
    std::filesystem::path root_;
    std::filesystem::path binDir_;
    std::unique_ptr<QProcess> proc_;
    HubPorts ports_;
    std::vector<std::string> extraArgs_;
};

} // namespace ecabinet::launch
