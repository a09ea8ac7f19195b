// ecabinetctl: the administrator's tool on the hub. Internal declarations.
//
// Exit codes: 0 ok, 1 verification failed (verify), 2 usage or input error (including a
// storage failure: the message says what to fix).
#pragma once

#include "store/Store.h"

#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace ecabinet::ctl {

inline constexpr int kExitOk = 0;
inline constexpr int kExitVerifyFailed = 1;
inline constexpr int kExitUsage = 2;

// A refusal to report and exit with kExitUsage.
class CtlError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct Args {
    std::filesystem::path dataDir;
    std::vector<std::string> words;              // command words and positional arguments
    std::map<std::string, std::string> options;  // --key VALUE (without the dashes)
    std::optional<std::string> option(const std::string &name) const;
    std::string required(const std::string &name) const; // throws CtlError when absent
};

std::int64_t nowMs();
// Opens the hub's store in Args::dataDir; throws CtlError with the reason.
std::unique_ptr<hub::Store> openStore(const Args &args);
// Who did an administrative action, for the hub chain ("ecabinetctl:<user>").
std::string adminActor();

// Z85 (40 chars) -> 32 raw bytes; nullopt if not a valid CURVE public key text.
std::optional<std::string> decodeKey(const std::string &z85);
// The fingerprint of a Z85 public key as the tablet shows it; throws CtlError if invalid.
std::string keyFingerprint(const std::string &z85);

int cmdInit(const Args &args);
int cmdDevice(const Args &args);
int cmdMeetingImport(const Args &args);
int cmdVerify(const Args &args);
int cmdStatus(const Args &args);
int cmdPoll(const Args &args);
int cmdMinutes(const Args &args); // MinutesCommand.cpp
int cmdDocument(const Args &args);
// The poll lines of `status` for one meeting (results where closed).
void printPolls(hub::Store &store, const std::string &meetingId);

} // namespace ecabinet::ctl
