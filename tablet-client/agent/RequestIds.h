// Request ids must stay unique per device for as long as the hub keeps replies
// (it answers a reused id with the stored reply, or ERROR_REQUEST_ID_REUSED),
// also across restarts of the app. So ids are (start time in ms << 20) + a
// process-wide counter: a restarted process starts above every id the previous
// one could have used unless it sent more than a million requests per ms.
#pragma once

#include <cstdint>

namespace ecabinet::client {

std::uint64_t nextRequestId();

} // namespace ecabinet::client
