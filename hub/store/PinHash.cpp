#include "store/PinHash.h"

#include <sodium.h>

namespace ecabinet::hub {

Result<std::string, std::string> hashPin(const std::string &pin) {
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, pin.data(), pin.size(), crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN) != 0)
        return fail(std::string("crypto_pwhash_str failed (out of memory?)"));
    return std::string(out);
}

bool verifyPin(const std::string &hash, const std::string &pin) {
    return crypto_pwhash_str_verify(hash.c_str(), pin.data(), pin.size()) == 0;
}

} // namespace ecabinet::hub
