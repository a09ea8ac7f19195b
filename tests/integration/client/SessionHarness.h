// Helpers for driving headless MeetingSessions against the real hub from
// gtest: waiting with a timeout while Qt delivers the agents' queued signals
// (never a fixed sleep), and running one command to its reply.
#pragma once

#include "MeetingSession.h"
#include "support/HubProcess.h"

#include <QString>
#include <QTemporaryDir>

#include <chrono>
#include <functional>
#include <memory>

namespace ecabinet::testing::client {

using namespace std::chrono_literals;

// Processes Qt events until `pred` holds or `timeout` passes.
bool waitUntil(const std::function<bool()> &pred, std::chrono::milliseconds timeout = 10s);

// A started session for `device`, with its own cache folder unless `cacheDir` is given.
struct Tablet {
    std::unique_ptr<QTemporaryDir> ownCache;
    std::unique_ptr<MeetingSession> session;
    MeetingSession *operator->() const { return session.get(); }
    MeetingSession &operator*() const { return *session; }
};
Tablet startTablet(const EnrolledDevice &device, const QString &cacheDir = {}, qint64 byteCapForTest = -1);
bool waitLive(const MeetingSession &s, std::chrono::milliseconds timeout = 15s);

struct CommandOutcome {
    bool finished = false;
    bool ok = false;
    int errorCode = 0;
    QString message;
};
// Calls `issue` and waits for the commandFinished of `command`.
CommandOutcome run(MeetingSession &s, const QString &command, const std::function<void()> &issue,
                   std::chrono::milliseconds timeout = 15s);
CommandOutcome checkIn(MeetingSession &s, const std::string &person, const std::string &pin);

// The standard meeting imported, hub started.
std::unique_ptr<HubProcess> startStandardHub();

} // namespace ecabinet::testing::client
