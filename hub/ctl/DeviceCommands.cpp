// init and device add/approve/revoke/list. Every change is also an entry of the hub chain.
#include "ctl/Ctl.h"

#include "store/Devices.h"
#include "store/EventLog.h"

#include <nlohmann/json.hpp>
#include <sodium.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <iomanip>
#include <set>
#include <sstream>
#include <iostream>
#include <sys/stat.h>
#include <unistd.h>
#include <zmq.h>

namespace ecabinet::ctl {

namespace fs = std::filesystem;

namespace {

// O_EXCL: never overwrite a key (a second init would silently orphan every enrolled tablet).
void writeNewFile(const fs::path &path, const std::string &text, mode_t mode) {
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
    if (fd < 0) throw CtlError("cannot create " + path.string() + ": " + std::strerror(errno));
    // fchmod: the umask may have narrowed the mode; make it exact.
    const bool ok = ::write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size()) &&
                    ::fchmod(fd, mode) == 0 && ::fsync(fd) == 0;
    const int err = errno;
    ::close(fd);
    if (!ok) throw CtlError("cannot write " + path.string() + ": " + std::strerror(err));
}

bool validName(const std::string &n) {
    if (n.empty() || n.size() > 64) return false;
    for (char c : n)
        if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.')) return false;
    return true;
}

// "AB12 cd34 ..." and "ab12cd34..." are the same fingerprint.
std::string normalise(const std::string &fp) {
    std::string out;
    for (char c : fp)
        if (!std::isspace(static_cast<unsigned char>(c)) && c != ':') out += static_cast<char>(std::tolower(c));
    return out;
}

void logAdmin(hub::Store &s, const std::string &type, const nlohmann::json &payload) {
    hub::EventLog(s).appendAdmin(nowMs(), type, adminActor(), payload.dump());
}

int deviceAdd(const Args &a) {
    const std::string name = a.words.at(2);
    if (!validName(name)) throw CtlError("device name '" + name + "' must be 1-64 letters, digits, '-', '_' or '.'");
    const std::string key = a.required("key");
    const std::string kind = a.option("kind").value_or("seat");
    if (kind != "seat" && kind != "console") throw CtlError("--kind must be seat or console, not '" + kind + "'");
    const std::string fp = keyFingerprint(key);
    auto store = openStore(a);
    hub::DeviceTable devices(*store);
    if (const auto d = devices.byName(name)) throw CtlError("device " + name + " already exists (" + d->status + ")");
    if (const auto d = devices.byKey(key)) throw CtlError("this key is already enrolled as device " + d->name);
    hub::Store::Transaction tx(*store);
    devices.add(name, kind, key, nowMs());
    logAdmin(*store, "device_added", {{"name", name}, {"kind", kind}, {"public_key", key}, {"fingerprint", fp}});
    tx.commit();
    std::cout << "device " << name << " added (pending)\nfingerprint: " << fp
              << "\ncompare it with the tablet, then: ecabinetctl --data " << a.dataDir.string() << " device approve "
              << name << " --fingerprint '<as shown on the tablet>'\n";
    return kExitOk;
}

int deviceApprove(const Args &a) {
    const std::string name = a.words.at(2);
    const std::string given = a.required("fingerprint");
    auto store = openStore(a);
    hub::DeviceTable devices(*store);
    const auto d = devices.byName(name);
    if (!d) throw CtlError("no device " + name);
    if (d->status != "pending") throw CtlError("device " + name + " is " + d->status + ", not pending approval");
    const std::string fp = keyFingerprint(d->publicKey);
    // The expected value is deliberately not printed: the point is that the administrator
    // reads it off the tablet, proving the key on the hub is the key on that tablet.
    if (normalise(given) != normalise(fp))
        throw CtlError("fingerprint does not match the key enrolled for " + name +
                       "; compare again with the tablet's screen. Not approved");
    hub::Store::Transaction tx(*store);
    devices.approve(name, nowMs());
    logAdmin(*store, "device_approved", {{"name", name}, {"fingerprint", fp}});
    tx.commit();
    std::cout << "device " << name << " approved\n";
    return kExitOk;
}

int deviceRevoke(const Args &a) {
    const std::string name = a.words.at(2);
    auto store = openStore(a);
    hub::DeviceTable devices(*store);
    const auto d = devices.byName(name);
    if (!d) throw CtlError("no device " + name);
    if (d->status == "revoked") throw CtlError("device " + name + " is already revoked");
    hub::Store::Transaction tx(*store);
    devices.revoke(name, nowMs());
    logAdmin(*store, "device_revoked", {{"name", name}});
    tx.commit();
    std::cout << "device " << name << " revoked: refused at its next handshake and command\n";
    return kExitOk;
}

// `device add-batch FILE`: many devices added and approved in one transaction (provisioning a
// room of 300 tablets, or a test). One device per line: NAME KIND PUBLIC_KEY FINGERPRINT,
// where FINGERPRINT is what the tablet showed (spaces inside it allowed); blank lines and
// lines starting with '#' are skipped. Every line is checked first and every problem is named
// (line number and why); then either all are added and approved, or none.
int deviceAddBatch(const Args &a) {
    const fs::path file = a.words.at(2);
    std::ifstream in(file);
    if (!in) throw CtlError("cannot read " + file.string());
    struct Line {
        std::string name, kind, key, fingerprint;
    };
    std::vector<Line> lines;
    std::vector<std::string> problems;
    std::set<std::string> names, keys;
    auto store = openStore(a);
    hub::DeviceTable devices(*store);
    std::string text;
    for (int number = 1; std::getline(in, text); ++number) {
        std::istringstream words(text);
        Line l;
        if (!(words >> l.name) || l.name[0] == '#') continue;
        std::string rest, part;
        words >> l.kind >> l.key;
        while (words >> part) rest += part;
        l.fingerprint = rest;
        const std::string where = file.filename().string() + ":" + std::to_string(number) + ": ";
        if (!validName(l.name)) problems.push_back(where + "device name '" + l.name + "' is not valid");
        if (l.kind != "seat" && l.kind != "console") problems.push_back(where + "kind must be seat or console");
        if (!decodeKey(l.key)) { problems.push_back(where + "not a Z85 CURVE public key"); continue; }
        if (normalise(l.fingerprint) != normalise(keyFingerprint(l.key)))
            problems.push_back(where + "fingerprint does not match the key of " + l.name);
        if (!names.insert(l.name).second) problems.push_back(where + l.name + " appears twice in the file");
        if (!keys.insert(l.key).second) problems.push_back(where + "the key of " + l.name + " appears twice in the file");
        if (devices.byName(l.name)) problems.push_back(where + "device " + l.name + " already exists");
        if (const auto d = devices.byKey(l.key)) problems.push_back(where + "this key is already enrolled as " + d->name);
        lines.push_back(std::move(l));
    }
    if (!problems.empty()) {
        std::string all;
        for (const auto &p : problems) all += "\n  " + p;
        throw CtlError(std::to_string(problems.size()) + " problem(s), nothing added:" + all);
    }
    if (lines.empty()) throw CtlError(file.string() + " lists no device");
    hub::Store::Transaction tx(*store);
    const auto now = nowMs();
    for (const auto &l : lines) {
        devices.add(l.name, l.kind, l.key, now);
        devices.approve(l.name, now);
        const std::string fp = keyFingerprint(l.key);
        logAdmin(*store, "device_added", {{"name", l.name}, {"kind", l.kind}, {"public_key", l.key}, {"fingerprint", fp}});
        logAdmin(*store, "device_approved", {{"name", l.name}, {"fingerprint", fp}});
    }
    tx.commit();
    std::cout << lines.size() << " devices added and approved\n";
    return kExitOk;
}

int deviceList(const Args &a) {
    auto store = openStore(a);
    const auto all = hub::DeviceTable(*store).all();
    if (all.empty()) std::cout << "no devices\n";
    for (const auto &d : all)
        std::cout << std::left << std::setw(20) << d.name << ' ' << std::setw(8) << d.kind << ' ' << std::setw(9)
                  << d.status << ' ' << keyFingerprint(d.publicKey) << '\n';
    return kExitOk;
}

} // namespace

int cmdInit(const Args &a) {
    const fs::path dir = a.dataDir;
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (ec) throw CtlError("cannot create " + dir.string() + ": " + ec.message());
    if (fs::exists(dir / "hub.key") || fs::exists(dir / "hub.pub"))
        throw CtlError(dir.string() + " already has a hub key; refusing to replace it (every enrolled tablet "
                       "trusts it). Remove hub.key and hub.pub by hand if you really mean to.");
    char pub[41], sec[41];
    if (zmq_curve_keypair(pub, sec) != 0)
        throw CtlError(std::string("cannot make a CURVE key pair: ") + zmq_strerror(zmq_errno()));
    writeNewFile(dir / "hub.key", std::string(sec) + "\n", 0600);
    writeNewFile(dir / "hub.pub", std::string(pub) + "\n", 0644);
    auto store = hub::Store::open(dir);
    if (!store) throw CtlError(store.error());
    hub::Store::Transaction tx(**store);
    logAdmin(**store, "hub_initialised", {{"public_key", pub}});
    tx.commit();
    std::cout << "hub initialised in " << dir.string() << "\nhub public key: " << pub
              << "\nfingerprint:    " << keyFingerprint(pub) << '\n';
    return kExitOk;
}

// The tablet erases its documents and annotations the next time it connects (Welcome.wipe_id)
// and confirms (WipeDone), which the hub records as device_wiped. A second request before
// that keeps the first id.
int deviceWipe(const Args &a) {
    const std::string name = a.words.at(2);
    auto store = openStore(a);
    hub::DeviceTable devices(*store);
    if (!devices.byName(name)) throw CtlError("no device " + name);
    hub::Store::Transaction tx(*store);
    std::string wipeId = hub::ss(store->scalar(QStringLiteral("SELECT coalesce(wipe_id, '') FROM devices WHERE name = ?"),
                                               {hub::qs(name)}));
    if (wipeId.empty()) {
        unsigned char raw[8];
        randombytes_buf(raw, sizeof raw);
        char hex[sizeof raw * 2 + 1];
        sodium_bin2hex(hex, sizeof hex, raw, sizeof raw);
        wipeId = hex;
        store->exec(QStringLiteral("UPDATE devices SET wipe_id = ?, wipe_requested_ms = ? WHERE name = ?"),
                    {hub::qs(wipeId), qint64(nowMs()), hub::qs(name)});
        logAdmin(*store, "device_wipe_requested", {{"name", name}, {"wipe_id", wipeId}});
    }
    tx.commit();
    std::cout << "device " << name << " will erase its documents and annotations the next time it connects (wipe "
              << wipeId << ")\n";
    return kExitOk;
}

int cmdDevice(const Args &a) {
    const std::string sub = a.words.size() > 1 ? a.words[1] : "";
    if (sub == "list" && a.words.size() == 2) return deviceList(a);
    if (sub == "add-batch" && a.words.size() == 3) return deviceAddBatch(a);
    if (a.words.size() != 3) throw CtlError("usage: device add|approve|revoke|wipe NAME, or device list");
    if (sub == "add") return deviceAdd(a);
    if (sub == "approve") return deviceApprove(a);
    if (sub == "revoke") return deviceRevoke(a);
    if (sub == "wipe") return deviceWipe(a);
    throw CtlError("unknown device command '" + sub + "'");
}

} // namespace ecabinet::ctl
