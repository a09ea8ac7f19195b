// ecabinet-hub: the room daemon. Thin on purpose: parse arguments, load keys,
// open the store, build the service, hand everything to net::HubServer.
//
//   ecabinet-hub --data DIR [--bind ADDR] [--command-port N] [--event-port N] [--blob-port N]
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
};

const char *kUsage =
    "usage: ecabinet-hub --data DIR [--bind ADDR (default tcp://*)] [--command-port N (7400)]\n"
    "                    [--event-port N (7401)] [--blob-port N (7402)]   (port 0 = any free port)\n";

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
        if (i + 1 >= argc) {
            std::cerr << "ecabinet-hub: " << arg << " needs a value (or is unknown)\n" << kUsage;
            return std::nullopt;
        }
        const std::string value = argv[++i];
        int *port = arg == "--command-port" ? &o.net.commandPort
                    : arg == "--event-port" ? &o.net.eventPort
                    : arg == "--blob-port"  ? &o.net.blobPort
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
        } else {
            std::cerr << "ecabinet-hub: unknown option " << arg << "\n" << kUsage;
            return std::nullopt;
        }
    }
    if (o.dataDir.empty()) {
        std::cerr << "ecabinet-hub: --data DIR is required\n" << kUsage;
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
