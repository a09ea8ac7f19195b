// ecabinet-enroll: the tablet side of enrolment (docs/ARCHITECTURE.md "Identity and enrolment").
//   ecabinet-enroll --out DIR --name NAME --hub HOST --hub-key Z85 [--kind seat|console]
//                   [--command-port N] [--event-port N] [--blob-port N] [--force]
// Makes the device's CURVE key pair, writes DIR/device.json (mode 0600, atomically) and
// prints the public key and the fingerprint the administrator approves on the hub.
// Exit codes: 0 ok, 2 usage or input error.
#include "domain/HashChain.h"
#include "protocol/Limits.h"

#include <nlohmann/json.hpp>
#include <zmq.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <iostream>
#include <map>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <sys/stat.h>
#include <unistd.h>

namespace fs = std::filesystem;

namespace {

struct UsageError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

const char *const kUsage =
    "usage: ecabinet-enroll --out DIR --name NAME --hub HOST --hub-key Z85 [--kind seat|console]\n"
    "                       [--command-port N] [--event-port N] [--blob-port N] [--force]\n";

std::map<std::string, std::string> parse(int argc, char **argv, bool &force) {
    static const std::set<std::string> known = {"out", "name", "hub", "hub-key", "kind",
                                                "command-port", "event-port", "blob-port"};
    std::map<std::string, std::string> o;
    for (int i = 1; i < argc; ++i) {
        const std::string w = argv[i];
        if (w == "--force") { force = true; continue; }
        if (w.rfind("--", 0) != 0 || !known.contains(w.substr(2))) throw UsageError("unknown argument " + w);
        if (i + 1 >= argc) throw UsageError(w + " needs a value");
        o[w.substr(2)] = argv[++i];
    }
    for (const char *req : {"out", "name", "hub", "hub-key"})
        if (o[req].empty()) throw UsageError(std::string("--") + req + " is required");
    return o;
}

int port(const std::map<std::string, std::string> &o, const std::string &name, int fallback) {
    const auto it = o.find(name);
    if (it == o.end()) return fallback;
    try {
        std::size_t used = 0;
        const int p = std::stoi(it->second, &used);
        if (used == it->second.size() && p > 0 && p < 65536) return p;
    } catch (const std::exception &) {
    }
    throw UsageError("--" + name + " must be a port number (1-65535), not '" + it->second + "'");
}

std::string fingerprintOf(const std::string &z85, const std::string &what) {
    std::string raw(32, '\0');
    if (z85.size() != 40 || !zmq_z85_decode(reinterpret_cast<std::uint8_t *>(raw.data()), z85.c_str()))
        throw UsageError(what + " is not a CURVE public key (40 Z85 characters)");
    auto fp = ecabinet::domain::fingerprint(raw);
    if (!fp) throw UsageError(what + ": " + fp.error());
    return *fp;
}

// Temp file (0600 from the start: the secret key is never world-readable, not even briefly),
// fsync, rename over the target, fsync the directory: a crash leaves the old file or the new.
void writeAtomically(const fs::path &target, const std::string &text) {
    const fs::path tmp = target.parent_path() / (".device.json.tmp." + std::to_string(::getpid()));
    const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) throw std::runtime_error("cannot create " + tmp.string() + ": " + std::strerror(errno));
    const bool ok = ::fchmod(fd, 0600) == 0 &&
                    ::write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size()) && ::fsync(fd) == 0;
    const int err = errno;
    ::close(fd);
    if (!ok || ::rename(tmp.c_str(), target.c_str()) != 0) {
        const std::string why = std::strerror(ok ? errno : err);
        ::unlink(tmp.c_str());
        throw std::runtime_error("cannot write " + target.string() + ": " + why);
    }
    const int dir = ::open(target.parent_path().c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dir < 0 || ::fsync(dir) != 0) {
        if (dir >= 0) ::close(dir);
        throw std::runtime_error("cannot fsync " + target.parent_path().string() + ": " + std::strerror(errno));
    }
    ::close(dir);
}

int run(int argc, char **argv) {
    bool force = false;
    const auto o = parse(argc, argv, force);
    const std::string name = o.at("name");
    for (char c : name)
        if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.') || name.size() > 64)
            throw UsageError("--name must be 1-64 letters, digits, '-', '_' or '.'");
    const std::string kind = o.contains("kind") ? o.at("kind") : "seat";
    if (kind != "seat" && kind != "console") throw UsageError("--kind must be seat or console");
    const std::string hubKey = o.at("hub-key");
    fingerprintOf(hubKey, "--hub-key");

    const fs::path dir = o.at("out");
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (ec) throw std::runtime_error("cannot create " + dir.string() + ": " + ec.message());
    const fs::path file = dir / "device.json";
    if (fs::exists(file) && !force)
        throw UsageError(file.string() + " exists: this device is already enrolled (use --force to replace its "
                                         "key; the hub must then approve the new one)");

    char pub[41], sec[41];
    if (zmq_curve_keypair(pub, sec) != 0)
        throw std::runtime_error(std::string("cannot make a CURVE key pair: ") + zmq_strerror(zmq_errno()));
    namespace p = ecabinet::protocol;
    const nlohmann::json config = {
        {"name", name}, {"kind", kind}, {"public_key", pub}, {"secret_key", sec}, {"hub_host", o.at("hub")},
        {"hub_public_key", hubKey}, {"command_port", port(o, "command-port", p::kCommandPort)},
        {"event_port", port(o, "event-port", p::kEventPort)}, {"blob_port", port(o, "blob-port", p::kBlobPort)}};
    writeAtomically(file, config.dump(2) + "\n");
    std::cout << "device " << name << " enrolled in " << file.string() << "\npublic key:  " << pub
              << "\nfingerprint: " << fingerprintOf(pub, "public key")
              << "\non the hub: ecabinetctl device add " << name << " --key '" << pub << "' --kind " << kind
              << ", then approve with this fingerprint\n";
    return 0;
}

} // namespace

int main(int argc, char **argv) {
    try {
        return run(argc, argv);
    } catch (const UsageError &e) {
        std::cerr << "ecabinet-enroll: " << e.what() << '\n' << kUsage;
        return 2;
    } catch (const std::exception &e) {
        std::cerr << "ecabinet-enroll: " << e.what() << '\n';
        return 2;
    }
}
