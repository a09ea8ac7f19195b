// ecabinet-registry: the directive registry on its own (several hubs feed it), on SQLite or
// PostgreSQL. Thin over hub/registry (RegistryService, RegistryServer).
//
//   ecabinet-registry --data DIR [--db URL] init                  key pair DIR/registry.{key,pub}
//   ecabinet-registry --data DIR [--db URL] seed FILE.json        units, accounts, hubs
//   ecabinet-registry --data DIR [--db URL] hub add NAME --key Z85
//   ecabinet-registry --data DIR [--db URL] [--bind ADDR] [--port N] [--id NAME] [--no-reminders]
//
// Directives are published as PDFs signed with the signer's certificate when DIR/signing/nssdb
// exists (an NSS database, nickname = signer's name; DIR/signing/password and DIR/signing/place
// optional; see docs/ARCHITECTURE.md "Signed directive PDFs").
// URL: postgresql://user:password@host:port/db (host may be ?host=/socket/dir), or an SQLite
// file (default DIR/registry.db). Prints "ecabinet-registry ready port=P" once bound.
// Exit codes: 0 clean stop, 1 runtime failure, 2 usage or set-up error.
#include "registry/HubRegistryLink.h"
#include "registry/RegistryDb.h"
#include "registry/RegistryServer.h"
#include "registry/RegistryService.h"

#include "net/Log.h"
#include "net/ShutdownSignal.h"
#include "service/MeetingService.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>
#include <sodium.h>
#include <zmq.h>

#include <fstream>
#include <iostream>
#include <map>
#include <sys/stat.h>

using namespace ecabinet;
namespace fs = std::filesystem;

namespace {

const char *kUsage =
    "usage: ecabinet-registry --data DIR [--db URL] [--bind ADDR] [--port N (7403)] [--id NAME] [--no-reminders]\n"
    "       ecabinet-registry --data DIR [--db URL] init | seed FILE.json | hub add NAME --key Z85\n";

std::string readTrimmed(const fs::path &p) {
    std::ifstream in(p);
    std::string s;
    in >> s;
    return s;
}

int init(const fs::path &dir) {
    fs::create_directories(dir);
    if (fs::exists(dir / "registry.key")) {
        std::cerr << "ecabinet-registry: " << (dir / "registry.key") << " exists; keeping it\n";
        std::cout << readTrimmed(dir / "registry.pub") << "\n";
        return 0;
    }
    char pub[41], sec[41];
    if (zmq_curve_keypair(pub, sec) != 0) {
        std::cerr << "ecabinet-registry: libzmq cannot make CURVE keys\n";
        return 2;
    }
    {
        std::ofstream k(dir / "registry.key");
        k << sec << "\n";
    }
    ::chmod((dir / "registry.key").c_str(), 0600);
    std::ofstream(dir / "registry.pub") << pub << "\n";
    std::cout << pub << "\n";
    return 0;
}

int seed(hub::registry::RegistryService &service, const fs::path &file) {
    nlohmann::json j;
    try {
        std::ifstream in(file);
        j = nlohmann::json::parse(in);
    } catch (const std::exception &e) {
        std::cerr << "ecabinet-registry: " << file << ": " << e.what() << "\n";
        return 2;
    }
    std::map<std::string, std::string> hashes; // one Argon2id per distinct password, not per account
    for (const auto &u : j.value("units", nlohmann::json::array()))
        service.addUnit({u.at("id"), u.at("name"), u.value("office", false), u.value("issuer_code", "")});
    for (const auto &a : j.value("accounts", nlohmann::json::array())) {
        const std::string pw = a.at("password");
        auto &h = hashes[pw];
        if (h.empty()) h = hub::registry::hashPassword(pw);
        service.addAccount({a.at("id"), a.value("name", a.at("id").get<std::string>()), a.at("unit"),
                            a.value("role", "unit") == "dispatch", "", h});
    }
    for (const auto &h : j.value("hubs", nlohmann::json::array())) service.addHub(h.at("name"), h.at("key"));
    std::cout << "seeded " << j.value("units", nlohmann::json::array()).size() << " units, "
              << j.value("accounts", nlohmann::json::array()).size() << " accounts\n";
    return 0;
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    std::string data, db, bind = "tcp://*", id = "registry";
    int port = hub::registry::kRegistryPort;
    bool reminders = true;
    std::vector<std::string> rest;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        auto value = [&]() -> std::string {
            if (i + 1 >= argc) {
                std::cerr << "ecabinet-registry: " << a << " needs a value\n" << kUsage;
                std::exit(2);
            }
            return argv[++i];
        };
        if (a == "--data") data = value();
        else if (a == "--db") db = value();
        else if (a == "--bind") bind = value();
        else if (a == "--port") port = std::stoi(value());
        else if (a == "--id") id = value();
        else if (a == "--no-reminders") reminders = false;
        else if (a == "--help" || a == "-h") { std::cout << kUsage; return 0; }
        else rest.push_back(a);
    }
    if (data.empty()) {
        std::cerr << "ecabinet-registry: --data DIR is required\n" << kUsage;
        return 2;
    }
    if (!rest.empty() && rest[0] == "init") return init(data);
    if (sodium_init() < 0) return 2;
    auto where = hub::registry::parseDbLocation(db.empty() ? (fs::path(data) / "registry.db").string() : db);
    if (!where) {
        std::cerr << "ecabinet-registry: " << where.error() << "\n";
        return 2;
    }
    auto database = hub::registry::RegistryDb::open(*where);
    if (!database) {
        std::cerr << "ecabinet-registry: " << database.error() << "\n";
        return 2;
    }
    try {
        hub::SystemClock clock;
        hub::registry::RegistryConfig config;
        config.registryId = id;
        config.filesDir = fs::path(data) / "files";
        if (rest.empty()) hub::registry::configureSigning(config, data);
        hub::registry::RegistryService service(**database, clock, config);
        if (!rest.empty()) {
            if (rest[0] == "seed" && rest.size() == 2) return seed(service, rest[1]);
            if (rest.size() == 5 && rest[0] == "hub" && rest[1] == "add" && rest[3] == "--key") {
                service.addHub(rest[2], rest[4]);
                return 0;
            }
            std::cerr << "ecabinet-registry: unknown command\n" << kUsage;
            return 2;
        }
        hub::net::HubKeys keys{readTrimmed(fs::path(data) / "registry.pub"), readTrimmed(fs::path(data) / "registry.key")};
        if (keys.publicZ85.size() != 40 || keys.secretZ85.size() != 40) {
            std::cerr << "ecabinet-registry: no key pair in " << data << ": run 'ecabinet-registry --data " << data << " init'\n";
            return 2;
        }
        hub::net::ShutdownSignal shutdown;
        hub::registry::RegistryServer server(bind, port, keys, service);
        std::printf("ecabinet-registry ready port=%d\n", server.port());
        std::fflush(stdout);
        hub::net::logLine("registry", "serving " + where->describe() + " on " + bind);
        server.run(shutdown.fd(), reminders ? 60'000 : 0);
    } catch (const std::exception &e) {
        hub::net::logLine("registry", std::string("fatal: ") + e.what());
        return 1;
    }
    return 0;
}
