// The scripted demo meeting: a console and N seat tablets (real MeetingSessions
// over CURVE against the real hub) go through check-in, opening, the whole
// agenda and closing; screenshots of the console and of a tablet showing a
// rendered PDF page are written along the way. Every step waits for what the
// people in the room would see, with a timeout, and reports it.
#pragma once

#include "DemoMeetingFile.h"

#include <QString>

#include <functional>
#include <memory>
#include <vector>

class MeetingSession;
class QQuickWindow;
class RegistrySession;

namespace ecabinet {
class AppLoader;
namespace launch {
class HubLauncher;
}
} // namespace ecabinet

// Before the hub starts: seeds its registry (an office and three units) and makes a test CA
// and the `signer`'s certificate in DATA/signing, so directives are signed (DemoDispatch.cpp).
bool prepareDemoRegistry(const ecabinet::launch::HubLauncher &hub, const QString &signer);

struct DemoSeatSession {
    DemoSeat seat;
    DemoPerson person;
    std::unique_ptr<MeetingSession> session;
};

class DemoRun {
public:
    DemoRun(ecabinet::launch::HubLauncher &hub, ecabinet::AppLoader &loader, DemoMeetingFile meeting,
            QString outDir, int tablets);
    ~DemoRun();

    // Enrols the devices and creates the sessions; throws on failure.
    void prepare();
    // Scripted meeting (headless). Returns the process exit code.
    int runScripted();
    // Windows for a person at the console and two seats; the rest check in by
    // themselves. Returns when the console window is closed.
    int runInteractive();

private:
    bool waitFor(const std::function<bool()> &done, int timeoutMs, const QString &what);
    bool allSeats(const std::function<bool(const MeetingSession &)> &pred) const;
    void checkInSeats();
    bool screenshot(QQuickWindow *window, const QString &name);
    bool showDocumentOnSeat(QQuickWindow *seatWindow, const DemoSeatSession &seat);
    // Returns the poll's id ("" when it failed).
    QString voteOnCurrentItem(QQuickWindow *seatWindow, QQuickWindow *console);
    // The secretary drafts a conclusion of the current item, the chair approves it by `pollId`.
    void concludeCurrentItem(QQuickWindow *seatWindow, QQuickWindow *console, const QString &pollId);
    void writeMinutes();
    // DemoDispatch.cpp: the office publishes the conclusions as a signed directive, a unit reads it.
    void dispatchDirective();
    bool deskAction(RegistrySession &desk, const QString &command, const std::function<void()> &issue);
    std::unique_ptr<RegistrySession> signedInDesk(const QString &account);
    void printSummary() const;

    ecabinet::launch::HubLauncher &hub_;
    ecabinet::AppLoader &loader_;
    DemoMeetingFile meeting_;
    QString outDir_;
    int tablets_;
    std::unique_ptr<MeetingSession> chair_;
    std::unique_ptr<MeetingSession> secretary_; // a second console
    std::vector<DemoSeatSession> seats_;
    int failures_ = 0;
};
