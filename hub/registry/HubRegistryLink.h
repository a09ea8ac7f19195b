// What the hub runs for the registry (docs/ARCHITECTURE.md "Registry"):
//  - RegistryThread: the registry inside the hub — its own thread, its own connection to
//    DATA/registry.db, its own zmq context and CURVE ROUTER (default port 7403), the hub's key pair.
//  - OutboxCourier: delivers the hub's registry_outbox rows, oldest first, 100 per hand-off,
//    either in-process (straight into DATA/registry.db, same idempotent import) or over the
//    network to an ecabinet-registry that knows the hub's key. Failures back off (Outbox).
// Both stop when `shutdownFd` becomes readable (the hub's ShutdownSignal pipe) and are joined
// by their destructors.
#pragma once

#include "net/HubKeys.h"

#include <atomic>
#include <filesystem>
#include <future>
#include <string>
#include <thread>

namespace ecabinet::hub::registry {

struct RegistryConfig;

// Directives published as signed PDFs when DATA/signing/nssdb exists (signingSetupFromData,
// DirectiveJob.h), with ecabinet-sign-directive next to the running program. Logs which;
// throws when the signing directory is there but unusable.
void configureSigning(RegistryConfig &config, const std::filesystem::path &dataDir);

class RegistryThread {
public:
    // Starts the thread and waits until the socket is bound; throws with the reason otherwise.
    RegistryThread(std::filesystem::path hubDataDir, std::string bind, int port, net::HubKeys keys, int shutdownFd);
    ~RegistryThread();
    int port() const { return port_; }

private:
    std::thread thread_;
    int port_ = 0;
};

struct CourierTarget {
    bool inProcess = true;
    std::string endpoint;       // network: "tcp://host:port"
    std::string registryKey;    // network: the registry's public key (Z85)
};

class OutboxCourier {
public:
    OutboxCourier(std::filesystem::path hubDataDir, std::string hubName, net::HubKeys keys, CourierTarget target,
                  int shutdownFd);
    ~OutboxCourier();

private:
    void run(std::filesystem::path dir, std::string hubName, net::HubKeys keys, CourierTarget target, int shutdownFd);
    std::thread thread_;
};

} // namespace ecabinet::hub::registry
