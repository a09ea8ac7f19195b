// Conclusions of a meeting (schema version 7, defined in Conclusions.cpp). Rows only: the
// rules are in shared/domain/Conclusion and applied by hub/service/ConclusionHandlers.
// Everything runs inside the caller's savepoint.
#pragma once

#include "domain/Conclusion.h"

#include <optional>
#include <string>
#include <vector>

namespace ecabinet::hub {

class Store;

class ConclusionTable {
public:
    explicit ConclusionTable(Store &store) : s_(store) {}

    // In the order drafted.
    std::vector<domain::Conclusion> all(const std::string &meetingId);
    std::optional<domain::Conclusion> find(const std::string &meetingId, const std::string &id);
    // "c-<n>", n = 1 + the number of conclusions of the meeting (ids are never reused).
    std::string nextId(const std::string &meetingId);
    void insert(const std::string &meetingId, const domain::Conclusion &c);
    // Writes text, status, revision, decided_by, poll_id, updated_ms of an existing row.
    void update(const std::string &meetingId, const domain::Conclusion &c);

private:
    Store &s_;
};

} // namespace ecabinet::hub
