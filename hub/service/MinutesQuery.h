// The meeting's record for its minutes (issue 6): what shared/print/MinutesDocument prints.
// Read-only; rebuilt from the store and the event log (attendance over the whole meeting, the
// speeches in the order the floor was given), so it is the same whenever it is asked for.
// Used by the MinutesRequest handler (the console renders the PDF) and by `ecabinetctl minutes`.
#pragma once

#include "ecabinet.pb.h"

#include <cstdint>
#include <string>

namespace ecabinet::hub {

class Store;

// Throws StoreError when the meeting does not exist or the store is unreadable.
wire::MinutesRecord minutesRecord(Store &store, const std::string &meetingId, std::int64_t nowMs);

} // namespace ecabinet::hub
