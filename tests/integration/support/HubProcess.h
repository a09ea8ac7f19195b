// HubProcess: the real ecabinet-hub in a temporary data directory, for
// integration tests (and the client and QML engineers' tests).
//
//   HubProcess hub;                    // temp dir + `ecabinetctl init` (fails the test if not)
//   hub.importStandardMeeting();       // TestMeeting.h, with generated PDFs
//   hub.start();                       // free loopback ports, waits for the ready line
//   auto dev = hub.enrolDevice("seat-1", "seat");   // real ecabinet-enroll + ctl add/approve
//   RawClient c(hub, dev);             // RawClient.h
//   hub.kill9(); hub.restart();        // same ports, same data dir
//
// Binaries come from ECABINET_BIN_DIR (the build tree's bin/, overridable by
// the environment variable of the same name). Needs a Q(Gui)Application
// (TestMain.cpp provides one). Failures are reported with ADD_FAILURE /
// exceptions that quote the hub's stderr, never silently.
// The temp dir is removed at the end unless ECABINET_KEEP_TEST_DIRS is set or
// the test failed (then its path is printed).
#pragma once

#include "HubLauncher.h"

#include <QTemporaryDir>

#include <chrono>
#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace ecabinet::testing {

using namespace std::chrono_literals;

// The process plumbing lives in hub/launcher (shared with the demo and the
// benchmarks); these names keep the tests' vocabulary.
using CtlResult = launch::ProgramResult;
using launch::EnrolledDevice;
using launch::HubPorts;
using launch::KeyPair;
using launch::keyFingerprint;

class HubProcess {
public:
    HubProcess();   // creates the data dir and runs `ecabinetctl init`
    ~HubProcess();  // stops the hub (SIGTERM, then SIGKILL after 15 s)
    HubProcess(const HubProcess &) = delete;
    HubProcess &operator=(const HubProcess &) = delete;

    // Starts the hub and waits (up to `timeout`) for its ready line. The first
    // start lets the hub pick free ports (port 0, read back from the ready
    // line: no race with other tests); later starts reuse them.
    // Throws std::runtime_error with the hub's stderr if it does not get ready.
    void start(std::chrono::milliseconds timeout = 30s) { hub_->start(timeout); }
    // SIGTERM and wait; returns the exit code (-1 if it crashed or hung).
    int stop() { return hub_->stop(); }
    void kill9() { hub_->kill9(); } // SIGKILL and wait: a power cut, from the hub's view
    void restart(std::chrono::milliseconds timeout = 30s) { start(timeout); }
    bool running() const { return hub_->running(); }

    const HubPorts &ports() const { return hub_->ports(); }
    std::string endpoint(int port) const { return "tcp://127.0.0.1:" + std::to_string(port); }
    std::filesystem::path root() const;     // temp root (data/, import/, devices/, hub.log)
    std::filesystem::path dataDir() const { return hub_->dataDir(); } // --data DIR
    std::string hubPublicKey() const { return hub_->hubPublicKey(); } // DIR/hub.pub

    // The hub's stderr over all its runs.
    std::string log() const { return hub_->log(); }
    // Waits until the log contains `needle` (checks every 20 ms up to `timeout`).
    bool waitForLog(const std::string &needle, std::chrono::milliseconds timeout = 5s) const;

    // `ecabinetctl --data DIR args...`
    CtlResult ctl(const std::vector<std::string> &args) const { return hub_->ctl(args); }

    // Writes the meeting file to root()/import/meeting.json, generates a PDF
    // (makeTestPdf) for every agenda document whose file does not exist yet,
    // and runs `ecabinetctl meeting import`. ADD_FAILURE if it fails.
    CtlResult importMeeting(const std::string &jsonText);
    CtlResult importStandardMeeting();
    // Path of a document file of the last import, by document id ("d1").
    std::filesystem::path documentPath(const std::string &docId) const;

    // Real enrolment: ecabinet-enroll writes root()/devices/NAME/device.json and
    // prints the fingerprint; then `device add` + `device approve` with that
    // fingerprint. Needs ports(), so call after start(). Throws on failure.
    EnrolledDevice enrolDevice(const std::string &name, const std::string &kind = "seat") {
        return hub_->enrolDevice(name, kind, true);
    }
    // `device add` only (left pending, not approved).
    EnrolledDevice addPendingDevice(const std::string &name, const std::string &kind = "seat") {
        return hub_->enrolDevice(name, kind, false);
    }
    CtlResult revokeDevice(const std::string &name) { return ctl({"device", "revoke", name}); }

private:
    QTemporaryDir tmp_;
    std::unique_ptr<launch::HubLauncher> hub_;
    std::map<std::string, std::filesystem::path> documents_;
};

// Runs any program with a timeout and collects its output.
using launch::runProgram;
// Full path of a built program ("ecabinetctl" -> <ECABINET_BIN_DIR>/ecabinetctl).
std::string binPath(const std::string &program);

} // namespace ecabinet::testing
