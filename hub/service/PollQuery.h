// Read-only access to stored polls for tools (ecabinetctl poll export, status): the poll is
// rebuilt from the store with the domain rules, exactly as the hub's handlers see it.
#pragma once

#include "domain/Poll.h"
#include "store/Polls.h"

#include <string>

namespace ecabinet::hub {

class Store;

// Throws StoreError when the stored poll is unreadable or inconsistent.
domain::Poll loadStoredPoll(Store &store, const std::string &meetingId, const PollRow &row);

} // namespace ecabinet::hub
