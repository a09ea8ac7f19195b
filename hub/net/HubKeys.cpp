#include "net/HubKeys.h"

#include <zmq.h>

#include <array>
#include <fstream>
#include <sstream>

namespace ecabinet::hub::net {

namespace {

std::string trimmed(std::string s) {
    const auto first = s.find_first_not_of(" \t\r\n");
    if (first == std::string::npos) return {};
    const auto last = s.find_last_not_of(" \t\r\n");
    return s.substr(first, last - first + 1);
}

Result<std::string, std::string> readKeyFile(const std::filesystem::path &dataDir, const char *name) {
    const auto path = dataDir / name;
    std::error_code ec;
    if (!std::filesystem::exists(path, ec))
        return fail(path.string() + " does not exist: run `ecabinetctl --data " + dataDir.string() +
                    " init` first");
    std::ifstream in(path);
    if (!in) return fail("cannot read " + path.string() + " (permissions?)");
    std::stringstream buf;
    buf << in.rdbuf();
    auto key = trimmed(buf.str());
    std::array<std::uint8_t, 32> raw{};
    if (key.size() != 40 || zmq_z85_decode(raw.data(), key.c_str()) == nullptr)
        return fail(path.string() + " does not hold a 40-character Z85 CURVE key");
    return key;
}

} // namespace

Result<HubKeys, std::string> loadHubKeys(const std::filesystem::path &dataDir) {
    auto pub = readKeyFile(dataDir, "hub.pub");
    if (!pub) return fail(pub.error());
    auto sec = readKeyFile(dataDir, "hub.key");
    if (!sec) return fail(sec.error());
    std::array<char, 41> derived{};
    if (zmq_curve_public(derived.data(), sec->c_str()) != 0)
        return fail("cannot derive the public key from hub.key: " + std::string(zmq_strerror(zmq_errno())) +
                    " (libzmq built without CURVE?)");
    if (std::string(derived.data()) != *pub)
        return fail("hub.pub does not match hub.key in " + dataDir.string() +
                    ": restore both files from the same backup");
    return HubKeys{*pub, *sec};
}

} // namespace ecabinet::hub::net
