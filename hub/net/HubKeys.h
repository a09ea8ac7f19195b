// The hub's long-term CURVE key pair, written by `ecabinetctl init` as
// DIR/hub.key (secret, Z85, mode 0600) and DIR/hub.pub (public, Z85).
#pragma once

#include "common/Result.h"

#include <filesystem>
#include <string>

namespace ecabinet::hub::net {

struct HubKeys {
    std::string publicZ85; // 40 characters
    std::string secretZ85; // 40 characters
};

// Reads and checks both files: each must hold one Z85 key (surrounding
// whitespace ignored) and the public key must belong to the secret key, so a
// half-copied data directory is caught at start-up instead of as handshake
// failures on every tablet. The error text says which file and what to do.
Result<HubKeys, std::string> loadHubKeys(const std::filesystem::path &dataDir);

} // namespace ecabinet::hub::net
