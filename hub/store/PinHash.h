// PIN hashing for members (libsodium crypto_pwhash_str, Argon2id).
#pragma once

#include "common/Result.h"

#include <string>

namespace ecabinet::hub {

// Hashes with OPSLIMIT_MIN / MEMLIMIT_MIN. Why so cheap: importing a 500-member meeting
// hashes 500 PINs and must take seconds, not minutes; and a 4-8 digit PIN has at most 10^8
// values, so no work factor would stop an offline search anyway. The real defence is
// on-line: the 5-wrong-PINs lock-out and the database file being readable only by the hub.
Result<std::string, std::string> hashPin(const std::string &pin);
bool verifyPin(const std::string &hash, const std::string &pin);

} // namespace ecabinet::hub
