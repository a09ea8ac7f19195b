// ecabinet-hub: the room daemon. Thin on purpose: parse arguments, load keys,
// open the store, build the service, hand everything to net::HubServer.
//
//   ecabinet-hub --data DIR [--bind ADDR] [--command-port N] [--event-port N] [--blob-port N]
//                [--hub-name NAME] [--registry-port N | --no-registry | --registry HOST:PORT --registry-key Z85]
//
// The registry (docs/ARCHITECTURE.md "Registry"): by default the hub serves it itself on
// --registry-port (7403, DATA/registry.db) and hands approved conclusions to it in-process;
// with --registry it hands them to an ecabinet-registry over the network instead (the
// registry must know this hub's public key as NAME); --no-registry does neither (the outbox
// keeps the hand-offs until a registry is configured).
//
// Prints exactly "ecabinet-hub ready command=P event=P blob=P" on stdout once
// every socket is bound (tests and systemd wait for it); logs go to stderr.
// Exit codes: 0 clean shutdown (SIGTERM/SIGINT), 1 runtime failure, 2 usage/set-up error.
#include "net/HubKeys.h"
#include "net/HubServer.h"
#include "net/Log.h"
#include "net/ShutdownSignal.h"
#include "protocol/Limits.h"
#include "protocol/Version.h"
#include "registry/HubRegistryLink.h"
#include "registry/RegistryServer.h"
#include "service/MeetingService.h"
#include "store/Store.h"

#include <QCoreApplication>

#include <cstdio>
#include <iostream>
#include <optional>
#include <string>

using namespace ecabinet;

namespace {

struct Options {
    std::string dataDir;
    hub::net::NetConfig net;
    std::string hubName = "hub";
    int registryPort = hub::registry::kRegistryPort;
    bool embeddedRegistry = true;
    bool courier = true;
    std::string remoteRegistry;    // "host:port"
    std::string remoteRegistryKey; // Z85
};

const char *kUsage =
    "usage: ecabinet-hub --data DIR [--bind ADDR (default tcp://*)] [--command-port N (7400)]\n"
    "                    [--event-port N (7401)] [--blob-port N (7402)]   (port 0 = any free port)\n"
    "                    [--hub-name NAME (hub)] [--registry-port N (7403)] [--no-registry]\n"
    "                    [--registry HOST:PORT --registry-key Z85]   (hand conclusions to ecabinet-registry)\n";

std::optional<int> parsePort(const std::string &text) {
    try {
        std::size_t used = 0;
        const int port = std::stoi(text, &used);
        if (used == text.size() && port >= 0 && port <= 65535) return port;
    } catch (const std::exception &) {
    }
    return std::nullopt;
}

std::optional<Options> parse(int argc, char **argv) {
    Options o;
    o.net.commandPort = protocol::kCommandPort;
    o.net.eventPort = protocol::kEventPort;
    o.net.blobPort = protocol::kBlobPort;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--help" || arg == "-h") {
            std::cout << kUsage;
            std::exit(0);
        }
        if (arg == "--no-registry") {
            o.embeddedRegistry = false;
            o.courier = false;
            continue;
        }
        if (i + 1 >= argc) {
            std::cerr << "ecabinet-hub: " << arg << " needs a value (or is unknown)\n" << kUsage;
            return std::nullopt;
        }
        const std::string value = argv[++i];
        int *port = arg == "--command-port"    ? &o.net.commandPort
                    : arg == "--event-port"    ? &o.net.eventPort
                    : arg == "--blob-port"     ? &o.net.blobPort
                    : arg == "--registry-port" ? &o.registryPort
                                               : nullptr;
        if (port) {
            const auto p = parsePort(value);
            if (!p) {
                std::cerr << "ecabinet-hub: " << arg << " " << value << " is not a port (0-65535)\n";
                return std::nullopt;
            }
            *port = *p;
        } else if (arg == "--data") {
            o.dataDir = value;
        } else if (arg == "--bind") {
            o.net.bind = value;
        } else if (arg == "--hub-name") {
            o.hubName = value;
        } else if (arg == "--registry") {
            o.remoteRegistry = value;
            o.embeddedRegistry = false;
        } else if (arg == "--registry-key") {
            o.remoteRegistryKey = value;
        } else {
            std::cerr << "ecabinet-hub: unknown option " << arg << "\n" << kUsage;
            return std::nullopt;
        }
    }
    if (o.dataDir.empty()) {
        std::cerr << "ecabinet-hub: --data DIR is required\n" << kUsage;
        return std::nullopt;
    }
    if (!o.remoteRegistry.empty() && o.remoteRegistryKey.size() != 40) {
        std::cerr << "ecabinet-hub: --registry needs --registry-key with the registry's public key (40 Z85 characters)\n";
        return std::nullopt;
    }
    return o;
}

} // namespace

int main(int argc, char **argv) {
    const auto options = parse(argc, argv);
    if (!options) return 2;
    QCoreApplication app(argc, argv); // Qt SQL loads its driver plugin through it

    auto keys = hub::net::loadHubKeys(options->dataDir);
    if (!keys) {
        hub::net::logLine("main", keys.error());
        return 2;
    }
    auto store = hub::Store::open(options->dataDir);
    if (!store) {
        hub::net::logLine("main", "cannot open the store: " + store.error());
        return 2;
    }
    try {
        hub::SystemClock clock;
        hub::MeetingService service(**store, clock);
        // Before binding: a SIGTERM right after "ready" must already be ours.
        hub::net::ShutdownSignal shutdown;
        hub::net::HubServer server(options->net, *keys, service, clock);
        std::unique_ptr<hub::registry::RegistryThread> registry;
        if (options->embeddedRegistry) {
            registry = std::make_unique<hub::registry::RegistryThread>(options->dataDir, options->net.bind,
                                                                      options->registryPort, *keys, shutdown.fd());
            std::printf("ecabinet-hub registry port=%d\n", registry->port());
        }
        std::unique_ptr<hub::registry::OutboxCourier> courier;
        if (options->courier) {
            hub::registry::CourierTarget target;
            if (!options->remoteRegistry.empty()) {
                target.inProcess = false;
                target.endpoint = "tcp://" + options->remoteRegistry;
                target.registryKey = options->remoteRegistryKey;
            }
            courier = std::make_unique<hub::registry::OutboxCourier>(options->dataDir, options->hubName, *keys, target,
                                                                    shutdown.fd());
        }
        const auto &p = server.ports();
        std::printf("ecabinet-hub ready command=%d event=%d blob=%d\n", p.command, p.event, p.blob);
        std::fflush(stdout);
        hub::net::logLine("main", std::string("ecabinet-hub ") + protocol::kVersionString + " serving " +
                                      options->dataDir + " on " + options->net.bind);
        server.run(shutdown.fd());
    } catch (const std::exception &e) {
        hub::net::logLine("main", std::string("fatal: ") + e.what());
        return 1;
    }
    hub::net::logLine("main", "stopped cleanly");
    return 0;
}
