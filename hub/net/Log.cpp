#include "net/Log.h"

#include <cstdio>
#include <string>

namespace ecabinet::hub::net {

void logLine(std::string_view component, std::string_view text) {
    std::string line;
    line.reserve(component.size() + text.size() + 20);
    line.append("ecabinet-hub[").append(component).append("]: ").append(text).push_back('\n');
    std::fwrite(line.data(), 1, line.size(), stderr);
    std::fflush(stderr);
}

} // namespace ecabinet::hub::net
