// The real ecabinet-registry process on SQLite or on a real PostgreSQL (when the test runs under
// pg_virtualenv: PGHOST/PGPORT/PGUSER/PGPASSWORD/PGDATABASE set), and a desk-like client over
// CURVE. Backend choice: ECABINET_REGISTRY_BACKEND=postgresql (set by the ctest entry that
// wraps the test binary in pg_virtualenv) or sqlite (default).
#pragma once

#include "registry.pb.h"

#include <QProcess>
#include <QTemporaryDir>

#include <zmq.hpp>

#include <memory>
#include <string>
#include <vector>

namespace ecabinet::test {

bool usePostgres();
std::string postgresUrl(); // from the PG* environment

class RegistryProcess {
public:
    // Creates the data dir (init + seed) once; `dbUrl` empty = SQLite in the data dir.
    explicit RegistryProcess(const std::string &seedJson, const std::string &dbUrl = {});
    ~RegistryProcess();
    void start();
    void stop();
    void kill9();
    int port() const { return port_; }
    std::string publicKey() const;
    std::string dataDir() const { return dir_.path().toStdString() + "/data"; }
    std::string dbUrl() const { return db_; }
    std::string log() const;
    // Runs ecabinet-registry with the same --data/--db and `args`; returns the exit code.
    int run(const std::vector<std::string> &args, std::string *out = nullptr);

private:
    QTemporaryDir dir_;
    std::string db_;
    std::unique_ptr<QProcess> proc_;
    int port_ = 0;
};

class RegistryClient {
public:
    RegistryClient(int port, const std::string &serverKey, const std::string &publicKey = {}, const std::string &secretKey = {});
    // Sends and waits (30 s) for the reply with the same request id; throws on timeout.
    wire::RegistryEnvelope call(wire::RegistryEnvelope request);
    // SignIn; asserts success and keeps the session for later calls.
    wire::SignedIn signIn(const std::string &account, const std::string &password);
    const std::string &session() const { return session_; }
    void setSession(const std::string &s) { session_ = s; }

private:
    zmq::context_t ctx_;
    zmq::socket_t sock_;
    std::uint64_t next_ = 1;
    std::string session_;
};

// The seed: office "vptu" (issuer TU) with dispatch account "vanthu"; units u01..uNN
// ("Đơn vị NN") each with account "uNN" (and "uNN.b" for u01); password "mat-khau-1".
std::string seedJson(int units, const std::vector<std::pair<std::string, std::string>> &hubs = {});
inline const char *kPassword = "mat-khau-1";

} // namespace ecabinet::test
