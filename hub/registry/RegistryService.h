// The directive registry's request handling: one handler per request, each
// decode → authorise (account role, unit visibility) → apply (shared/domain) → persist (one
// transaction) → reply. Single-threaded per instance, like MeetingService; several registry
// processes may share one database (PostgreSQL, or one SQLite file) and stay consistent through
// the database's locks (RegistryDb.h). See docs/PROTOCOL.md §11.
#pragma once

#include "domain/CivilTime.h"
#include "registry.pb.h"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace ecabinet::hub {
class Clock;
}

namespace ecabinet::hub::registry {

class RegistryDb;

// What the directive PDF generator receives at publication (the number is already taken).
// It returns the signed PDF's bytes, or an error text (the publication is then refused with
// ERROR_INTERNAL and takes no number).
// unitNames: display name of every unit (id -> name), for the issuer, the recipients and the tasks.
// The registry's own maker is signingPdfMaker (DirectiveJob.h).
using DirectivePdfMaker =
    std::function<std::optional<std::string>(const wire::Directive &directive, const std::vector<wire::TaskView> &tasks,
                                             const std::map<std::string, std::string> &unitNames, std::string &error)>;

struct RegistryConfig {
    std::string registryId = "registry";
    domain::UtcOffset issuerZone = domain::kHanoi;
    std::filesystem::path filesDir;   // content-addressed attachments and PDFs (ab/abcdef…)
    DirectivePdfMaker makePdf;        // empty: directives have no PDF
    std::int64_t sessionMs = 12LL * 3600 * 1000;
    std::uint32_t maxWrongPasswords = 5;
    std::int64_t lockoutMs = 5 * 60 * 1000;
};

struct UnitSpec {
    std::string id, name;
    bool office = false;
    std::string issuerCode; // offices
};

struct AccountSpec {
    std::string id, displayName, unitId;
    bool dispatch = false;
    std::string password;      // hashed here (Argon2id, interactive limits) ...
    std::string passwordHash;  // ... or a hash made before (seeding many accounts at once)
};

// crypto_pwhash_str with interactive limits. Throws std::runtime_error when out of memory.
std::string hashPassword(const std::string &password);

class RegistryService {
public:
    // Migrates the schema (throws RegistryDbError on failure) and creates filesDir.
    RegistryService(RegistryDb &db, const Clock &clock, RegistryConfig config);
    ~RegistryService();
    RegistryService(const RegistryService &) = delete;
    RegistryService &operator=(const RegistryService &) = delete;

    // ZAP: "hub:NAME" for a registered hub key, else "desk:KEY". Never refuses a CURVE key
    // (desks authenticate by password); the handler refuses other mechanisms.
    std::string admitKey(const std::string &publicKeyZ85);

    // One request from `client` (the ZAP User-Id). Always returns a reply envelope; storage
    // failures roll back and answer ERROR_INTERNAL.
    wire::RegistryEnvelope handle(const std::string &client, const wire::RegistryEnvelope &request);

    // --- administration (ecabinet-registry CLI, the hub's seeding, tests) -------------------
    void addUnit(const UnitSpec &unit);
    void addAccount(const AccountSpec &account);
    void addHub(const std::string &name, const std::string &publicKeyZ85);

    // Idempotent import of hand-offs (the network handler and the in-process courier).
    wire::HandOffResult importConclusions(const std::string &hubId,
                                          const std::vector<wire::ConclusionHandoff> &conclusions);

    // Stores the reminders due now (shared/domain/Reminders); returns how many were new.
    std::size_t generateReminders();

    RegistryDb &db() { return db_; }
    const RegistryConfig &config() const { return config_; }
    std::int64_t nowMs() const;

    struct Caller; // the signed-in account of a request (RegistryHandlers.h)

private:
    RegistryDb &db_;
    const Clock &clock_;
    RegistryConfig config_;
};

} // namespace ecabinet::hub::registry
