#include "service/MeetingService.h"

#include <chrono>

namespace ecabinet::hub {

std::int64_t SystemClock::nowMs() const {
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

} // namespace ecabinet::hub
