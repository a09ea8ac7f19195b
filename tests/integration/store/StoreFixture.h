// Fixtures for the store/service/ctl tests: a temporary hub data dir, the real ecabinetctl,
// real multi-page PDFs (QPdfWriter), a meeting file, enrolled devices and a fake clock.
#pragma once

#include "service/MeetingService.h"
#include "store/Store.h"

#include <QTemporaryDir>

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace ecabinet::test {

struct CtlRun {
    int exitCode = -1;
    std::string out;
    std::string err;
};

// Runs ${ECABINET_BIN_DIR}/ecabinetctl --data DIR args... and waits for it.
CtlRun runCtl(const std::filesystem::path &dataDir, const std::vector<std::string> &args);

// Writes a real PDF with `pages` pages; returns its bytes too.
std::string writePdf(const std::filesystem::path &path, int pages);

// A fresh CURVE key pair (Z85 public, secret).
struct KeyPair {
    std::string publicKey;
    std::string secretKey;
};
KeyPair makeKeyPair();

class FakeClock final : public hub::Clock {
public:
    std::int64_t nowMs() const override { return now; }
    std::int64_t now = 1'790'000'000'000;
};

// The standard test meeting "m1":
//   p01 chair (PIN 1111), p02 secretary (2222), p03 delegate (3333), p04 delegate (4444)
//   seats s01..s03 on devices seat-01..seat-03; console-chair is a console
//   agenda i1 (d1: 3 pages), i2 (d2: 2 pages), i3 (no documents)
class HubDir {
public:
    HubDir();
    std::filesystem::path path() const { return dir_.path().toStdString(); }
    std::filesystem::path meetingDir() const { return path() / "meeting"; }

    void init();                                          // ecabinetctl init (asserts success)
    void enrol(const std::string &name, const std::string &kind = "seat"); // add + approve
    // Writes meeting.json (+ docs/) under meetingDir(); `json` replaces the default text.
    std::filesystem::path writeMeeting(const std::string &id = "m1", const std::string &json = {});
    void importMeeting(const std::string &id = "m1");     // write + import (asserts success)
    // init + enrol the four devices + import m1.
    void standardHub();

    std::unique_ptr<hub::Store> openStore() const;

private:
    QTemporaryDir dir_;
};

std::string standardMeetingJson(const std::string &id);

// Requests as a client would send them.
wire::Envelope checkIn(std::uint64_t rid, const std::string &person, const std::string &pin);
wire::Envelope gotoItem(std::uint64_t rid, int expected, int index);
wire::Envelope openMeeting(std::uint64_t rid);
wire::Envelope snapshotRequest(std::uint64_t rid);

} // namespace ecabinet::test
