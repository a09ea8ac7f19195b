#include "agent/RequestIds.h"

#include <atomic>
#include <chrono>

namespace ecabinet::client {

std::uint64_t nextRequestId() {
    static const std::uint64_t base = [] {
        const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                            std::chrono::system_clock::now().time_since_epoch())
                            .count();
        return static_cast<std::uint64_t>(ms) << 20;
    }();
    static std::atomic<std::uint64_t> counter{0};
    return base + ++counter;
}

} // namespace ecabinet::client
