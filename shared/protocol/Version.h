#pragma once
#include <cstdint>

namespace ecabinet::protocol {
// Bump kMajor for a change an older peer cannot ignore; kMinor otherwise.
inline constexpr std::uint32_t kMajor = 1;
inline constexpr std::uint32_t kMinor = 2; // 1: meeting floor (polls, speakers); 2: issue 5/6 additions (documents, registry, presenting, ...)
inline constexpr const char *kVersionString = "0.1.0";
} // namespace ecabinet::protocol
