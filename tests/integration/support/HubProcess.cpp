#include "support/HubProcess.h"

#include "support/TestMeeting.h"
#include "support/TestPdf.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <stdexcept>
#include <thread>

namespace ecabinet::testing {

namespace {

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

HubProcess::HubProcess() {
    if (!tmp_.isValid()) throw std::runtime_error("cannot create a temporary directory");
    tmp_.setAutoRemove(qEnvironmentVariableIsEmpty("ECABINET_KEEP_TEST_DIRS"));
    // Runs `ecabinetctl init` and throws with its stderr if that fails.
    const auto binDir = std::filesystem::path(binPath("ecabinet-hub")).parent_path();
    hub_ = std::make_unique<launch::HubLauncher>(tmp_.path().toStdString(), binDir);
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

} // namespace ecabinet::testing
