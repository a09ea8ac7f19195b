// Enrolled devices (tablets, consoles): pending -> approved -> revoked.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ecabinet::hub {

class Store;

struct DeviceRow {
    std::string name;
    std::string kind;      // "seat" | "console"
    std::string publicKey; // Z85, 40 characters
    std::string status;    // "pending" | "approved" | "revoked"
    std::int64_t addedMs = 0;
    std::optional<std::int64_t> approvedMs;
    std::optional<std::int64_t> revokedMs;
};

class DeviceTable {
public:
    explicit DeviceTable(Store &store) : s_(store) {}

    std::optional<DeviceRow> byName(const std::string &name);
    // Only the status ("approved", ...) of a device, nullopt if unknown: checked on every request.
    std::optional<std::string> status(const std::string &name);
    std::optional<DeviceRow> byKey(const std::string &publicKeyZ85);
    std::vector<DeviceRow> all();

    // Callers check existence first (for a clear message); a race still fails in SQL.
    void add(const std::string &name, const std::string &kind, const std::string &publicKeyZ85, std::int64_t nowMs);
    void approve(const std::string &name, std::int64_t nowMs);
    void revoke(const std::string &name, std::int64_t nowMs);

private:
    Store &s_;
};

} // namespace ecabinet::hub
