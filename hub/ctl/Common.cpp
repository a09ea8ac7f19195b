#include "ctl/Ctl.h"

#include "domain/HashChain.h"

#include <chrono>
#include <cstdlib>
#include <zmq.h>

namespace ecabinet::ctl {

std::optional<std::string> Args::option(const std::string &name) const {
    const auto it = options.find(name);
    if (it == options.end()) return std::nullopt;
    return it->second;
}

std::string Args::required(const std::string &name) const {
    auto v = option(name);
    if (!v || v->empty()) throw CtlError("--" + name + " is required");
    return *v;
}

std::int64_t nowMs() {
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

std::unique_ptr<hub::Store> openStore(const Args &args) {
    if (!std::filesystem::exists(args.dataDir / "hub.db"))
        throw CtlError(args.dataDir.string() + " has no hub database: run 'ecabinetctl --data " +
                       args.dataDir.string() + " init' first");
    auto store = hub::Store::open(args.dataDir);
    if (!store) throw CtlError(store.error());
    return std::move(store).value();
}

std::string adminActor() {
    const char *user = std::getenv("USER");
    return std::string("ecabinetctl:") + (user && *user ? user : "unknown");
}

std::optional<std::string> decodeKey(const std::string &z85) {
    if (z85.size() != 40) return std::nullopt;
    std::string raw(32, '\0');
    if (!zmq_z85_decode(reinterpret_cast<std::uint8_t *>(raw.data()), z85.c_str())) return std::nullopt;
    return raw;
}

std::string keyFingerprint(const std::string &z85) {
    const auto raw = decodeKey(z85);
    if (!raw) throw CtlError("'" + z85 + "' is not a CURVE public key (40 Z85 characters)");
    auto fp = domain::fingerprint(*raw);
    if (!fp) throw CtlError(fp.error());
    return *fp;
}

} // namespace ecabinet::ctl
