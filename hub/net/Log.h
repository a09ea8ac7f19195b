// One-line log messages on stderr (journald adds time and unit). Every refusal,
// dropped reply and storage failure in hub/net goes through here, so nothing
// fails silently. Lines are written with a single write so that concurrent
// writers (libzmq never logs; only this thread does) cannot interleave them.
#pragma once

#include <string_view>

namespace ecabinet::hub::net {

void logLine(std::string_view component, std::string_view text);

} // namespace ecabinet::hub::net
