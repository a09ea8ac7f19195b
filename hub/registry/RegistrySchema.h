// The registry's schema, the same on SQLite and PostgreSQL (portable SQL: TEXT, INTEGER,
// BIGINT, BLOB/BYTEA; no AUTOINCREMENT/SERIAL: every id is chosen by the registry).
// Versioned in reg_schema; migrate() brings an empty or older database to kVersion, each step
// in its own transaction. Index choices are explained in docs/ARCHITECTURE.md "Registry".
#pragma once

namespace ecabinet::hub::registry {

class RegistryDb;

inline constexpr int kRegistrySchemaVersion = 2;

// Throws RegistryDbError; refuses a database newer than this program.
void migrateRegistry(RegistryDb &db, long long nowMs);

} // namespace ecabinet::hub::registry
