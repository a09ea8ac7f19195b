#include "registry/RegistrySchema.h"

#include "registry/RegistryDb.h"

#include <QStringList>

namespace ecabinet::hub::registry {

namespace {

QStringList version1(const RegistryDb &db) {
    const QString blob = db.blobType();
    return {
        // Units: receiving organisations and issuing offices (issuer_code numbers directives).
        R"(CREATE TABLE units(
             id TEXT PRIMARY KEY,
             name TEXT NOT NULL,
             kind TEXT NOT NULL CHECK (kind IN ('unit','office')),
             issuer_code TEXT NOT NULL DEFAULT ''))",
        // password_hash: crypto_pwhash_str. failed/locked_until_ms: the sign-in lock-out,
        // here (not in memory) so that several registry processes share it.
        R"(CREATE TABLE accounts(
             id TEXT PRIMARY KEY,
             display_name TEXT NOT NULL,
             unit_id TEXT NOT NULL REFERENCES units(id),
             role TEXT NOT NULL CHECK (role IN ('unit','dispatch')),
             password_hash TEXT NOT NULL,
             failed INTEGER NOT NULL DEFAULT 0,
             locked_until_ms BIGINT NOT NULL DEFAULT 0,
             created_ms BIGINT NOT NULL))",
        // token_hash = SHA-256 of the token (a stolen database gives no live session).
        R"(CREATE TABLE sessions(
             token_hash TEXT PRIMARY KEY,
             account_id TEXT NOT NULL REFERENCES accounts(id),
             client_key TEXT NOT NULL,
             created_ms BIGINT NOT NULL,
             expires_ms BIGINT NOT NULL))",
        // Room hubs allowed to hand off conclusions (CURVE public key, Z85).
        R"(CREATE TABLE hubs(
             name TEXT PRIMARY KEY,
             public_key TEXT NOT NULL UNIQUE,
             added_ms BIGINT NOT NULL))",
        R"(CREATE TABLE conclusions(
             id TEXT PRIMARY KEY,
             hub_id TEXT NOT NULL,
             conclusion_id TEXT NOT NULL,
             meeting_id TEXT NOT NULL,
             meeting_title TEXT NOT NULL,
             meeting_date TEXT NOT NULL,
             item_number TEXT NOT NULL,
             item_title TEXT NOT NULL,
             text TEXT NOT NULL,
             approved_by TEXT NOT NULL,
             approved_at_ms BIGINT NOT NULL,
             received_ms BIGINT NOT NULL,
             UNIQUE (hub_id, conclusion_id)))",
        // One counter row per numbering sequence, updated in the publishing transaction.
        R"(CREATE TABLE directive_counters(
             year INTEGER NOT NULL,
             issuer_code TEXT NOT NULL,
             last_sequence INTEGER NOT NULL,
             PRIMARY KEY (year, issuer_code)))",
        R"(CREATE TABLE directives(
             id TEXT PRIMARY KEY,
             year INTEGER NOT NULL,
             issuer_code TEXT NOT NULL,
             sequence INTEGER NOT NULL CHECK (sequence BETWEEN 1 AND 999999),
             type_code TEXT NOT NULL,
             number TEXT NOT NULL,
             issued_date TEXT NOT NULL,
             issuer_unit TEXT NOT NULL REFERENCES units(id),
             title TEXT NOT NULL,
             body TEXT NOT NULL,
             signer_name TEXT NOT NULL,
             signer_title TEXT NOT NULL,
             published_ms BIGINT NOT NULL,
             published_by TEXT NOT NULL,
             pdf_sha256 TEXT NOT NULL DEFAULT '',
             UNIQUE (year, issuer_code, sequence)))",
        // Filters of the dashboard (period, issuer) and the dispatch list (newest first).
        "CREATE INDEX directives_by_date ON directives(issued_date, issuer_code)",
        R"(CREATE TABLE directive_conclusions(
             directive_id TEXT NOT NULL REFERENCES directives(id),
             conclusion_id TEXT NOT NULL REFERENCES conclusions(id),
             PRIMARY KEY (directive_id, conclusion_id)))",
        "CREATE INDEX directive_conclusions_by_conclusion ON directive_conclusions(conclusion_id)",
        R"(CREATE TABLE recipients(
             directive_id TEXT NOT NULL REFERENCES directives(id),
             unit_id TEXT NOT NULL REFERENCES units(id),
             position INTEGER NOT NULL,
             PRIMARY KEY (directive_id, unit_id)))",
        // The inbox: a unit's directives without scanning every recipient row.
        "CREATE INDEX recipients_by_unit ON recipients(unit_id, directive_id)",
        // One row per (directive, unit): shared/domain/Receipts' fold as an UPSERT.
        R"(CREATE TABLE receipts(
             directive_id TEXT NOT NULL,
             unit_id TEXT NOT NULL,
             first_read_ms BIGINT NOT NULL,
             last_read_ms BIGINT NOT NULL,
             first_reader TEXT NOT NULL,
             opens INTEGER NOT NULL,
             PRIMARY KEY (directive_id, unit_id),
             FOREIGN KEY (directive_id, unit_id) REFERENCES recipients(directive_id, unit_id)))",
        // Tasks: the spec, and the state projected from task_log (the log is the history;
        // shared/domain/Task::restore replays it before every step). due_ms/deadline_day are
        // the deadline in force (instant; local date as days since 1970 in zone_minutes) so
        // that overdue and the traffic light are computed in SQL for the dashboard.
        R"(CREATE TABLE tasks(
             id TEXT PRIMARY KEY,
             directive_id TEXT NOT NULL REFERENCES directives(id),
             position INTEGER NOT NULL,
             title TEXT NOT NULL,
             issuer_unit TEXT NOT NULL REFERENCES units(id),
             lead_unit TEXT NOT NULL REFERENCES units(id),
             responsible_leader TEXT NOT NULL,
             report_every_days INTEGER NOT NULL,
             original_deadline TEXT NOT NULL,
             deadline TEXT NOT NULL,
             due_ms BIGINT NOT NULL,
             deadline_day INTEGER NOT NULL,
             zone_minutes INTEGER NOT NULL,
             state TEXT NOT NULL CHECK (state IN ('assigned','acknowledged','in_progress','reported','returned','done')),
             last_report_ms BIGINT,
             extension_proposed TEXT,
             assigned_ms BIGINT NOT NULL,
             log_count INTEGER NOT NULL,
             UNIQUE (directive_id, position)))",
        // The dashboard groups by lead unit; "my tasks by deadline" orders by due_ms.
        "CREATE INDEX tasks_by_lead ON tasks(lead_unit, due_ms)",
        // Who takes part (lead and coordinating): a unit's task list and the visibility check.
        R"(CREATE TABLE task_units(
             task_id TEXT NOT NULL REFERENCES tasks(id),
             unit_id TEXT NOT NULL REFERENCES units(id),
             role TEXT NOT NULL CHECK (role IN ('lead','coordinating')),
             position INTEGER NOT NULL,
             PRIMARY KEY (task_id, unit_id)))",
        "CREATE INDEX task_units_by_unit ON task_units(unit_id, task_id)",
        // Every accepted step (shared/domain/Task::TaskLogRecord), comments included.
        R"(CREATE TABLE task_log(
             task_id TEXT NOT NULL REFERENCES tasks(id),
             seq INTEGER NOT NULL,
             action TEXT NOT NULL,
             actor_account TEXT NOT NULL,
             actor_unit TEXT NOT NULL,
             role TEXT NOT NULL,
             from_state TEXT NOT NULL,
             to_state TEXT NOT NULL,
             at_ms BIGINT NOT NULL,
             text TEXT NOT NULL,
             previous_deadline TEXT,
             new_deadline TEXT,
             withdrew_extension INTEGER NOT NULL DEFAULT 0,
             PRIMARY KEY (task_id, seq)))",
        // Deadline history (first row = the original); extensions append.
        R"(CREATE TABLE task_deadlines(
             task_id TEXT NOT NULL REFERENCES tasks(id),
             seq INTEGER NOT NULL,
             deadline TEXT NOT NULL,
             due_ms BIGINT NOT NULL,
             set_ms BIGINT NOT NULL,
             set_by TEXT NOT NULL,
             reason TEXT NOT NULL,
             PRIMARY KEY (task_id, seq)))",
        // Files stored by content (DATA/attachments/ab/abcdef…); rows say they are complete.
        R"(CREATE TABLE attachments(
             sha256 TEXT PRIMARY KEY,
             size BIGINT NOT NULL,
             stored_ms BIGINT NOT NULL))",
        R"(CREATE TABLE log_attachments(
             task_id TEXT NOT NULL,
             seq INTEGER NOT NULL,
             position INTEGER NOT NULL,
             sha256 TEXT NOT NULL REFERENCES attachments(sha256),
             name TEXT NOT NULL,
             content_type TEXT NOT NULL,
             PRIMARY KEY (task_id, seq, position),
             FOREIGN KEY (task_id, seq) REFERENCES task_log(task_id, seq)))",
        "CREATE INDEX log_attachments_by_file ON log_attachments(sha256)",
        // Reminders sent: the key of shared/domain/Reminders is the primary key (never twice).
        R"(CREATE TABLE reminders(
             kind TEXT NOT NULL,
             subject_id TEXT NOT NULL,
             unit_id TEXT NOT NULL,
             deadline_ms BIGINT NOT NULL,
             directive_id TEXT NOT NULL,
             deadline TEXT NOT NULL,
             due_from_ms BIGINT NOT NULL,
             created_ms BIGINT NOT NULL,
             PRIMARY KEY (kind, subject_id, unit_id, deadline_ms)))",
        "CREATE INDEX reminders_by_unit ON reminders(unit_id, created_ms)",
        // Stored replies of state-changing requests for idempotent retries.
        QStringLiteral(R"(CREATE TABLE replies(
             client TEXT NOT NULL,
             request_id BIGINT NOT NULL,
             request_hash TEXT NOT NULL,
             reply %1 NOT NULL,
             time_ms BIGINT NOT NULL,
             PRIMARY KEY (client, request_id)))").arg(blob),
    };
}

// Version 2: a unit's task count per directive in the inbox was a join from every task of
// the directive (250 per directive at 50 units × 5 tasks); task_units now carries the
// directive so that the count is a range of one index.
QStringList version2() {
    return {
        "ALTER TABLE task_units ADD COLUMN directive_id TEXT NOT NULL DEFAULT ''",
        "UPDATE task_units SET directive_id = (SELECT t.directive_id FROM tasks t WHERE t.id = task_units.task_id)",
        "CREATE INDEX task_units_by_unit_directive ON task_units(unit_id, directive_id)",
    };
}

} // namespace

void migrateRegistry(RegistryDb &db, long long nowMs) {
    // The version table itself, created outside the numbered steps (idempotent on both).
    db.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS reg_schema(version INTEGER PRIMARY KEY, applied_ms BIGINT NOT NULL)"));
    for (int v = 1; v <= kRegistrySchemaVersion; ++v) {
        RegistryDb::Transaction tx(db);
        // Read inside the write transaction: two processes starting together migrate once.
        const int have = db.scalar(QStringLiteral("SELECT coalesce(max(version), 0) FROM reg_schema")).toInt();
        if (have > kRegistrySchemaVersion)
            throw RegistryDbError("the registry database has schema version " + std::to_string(have) +
                                  ", newer than this program (" + std::to_string(kRegistrySchemaVersion) + ")");
        if (have >= v) continue;
        if (db.backend() == Backend::Postgres) db.exec(QStringLiteral("LOCK TABLE reg_schema IN EXCLUSIVE MODE"));
        if (db.scalar(QStringLiteral("SELECT count(*) FROM reg_schema WHERE version = ?"), {v}).toInt() > 0) continue;
        switch (v) {
        case 1:
            for (const auto &sql : version1(db)) db.exec(sql);
            break;
        case 2:
            for (const auto &sql : version2()) db.exec(sql);
            break;
        default: throw RegistryDbError("no registry migration to version " + std::to_string(v));
        }
        db.exec(QStringLiteral("INSERT INTO reg_schema(version, applied_ms) VALUES(?, ?)"),
                {v, QVariant::fromValue<qlonglong>(nowMs)});
        tx.commit();
    }
}

} // namespace ecabinet::hub::registry
