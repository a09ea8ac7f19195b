// Schema version 1. Later versions add a migrateToN() and a case in Store::migrate;
// a shipped migration is never edited.
#include "store/Store.h"

namespace ecabinet::hub {

void Store::migrateTo1() {
    static const char *const statements[] = {
        R"(CREATE TABLE schema_version(
             version INTEGER NOT NULL PRIMARY KEY,
             applied_ms INTEGER NOT NULL))",

        // Enrolled tablets and consoles; identity = name, authenticated by the CURVE key.
        R"(CREATE TABLE devices(
             name TEXT PRIMARY KEY,
             kind TEXT NOT NULL CHECK (kind IN ('seat','console')),
             public_key TEXT NOT NULL UNIQUE,
             status TEXT NOT NULL CHECK (status IN ('pending','approved','revoked')),
             added_ms INTEGER NOT NULL,
             approved_ms INTEGER,
             revoked_ms INTEGER))",

        R"(CREATE TABLE meetings(
             id TEXT PRIMARY KEY,
             title TEXT NOT NULL,
             location TEXT NOT NULL DEFAULT '',
             starts_at_ms INTEGER NOT NULL,
             state TEXT NOT NULL CHECK (state IN ('scheduled','open','closed')),
             current_item INTEGER NOT NULL DEFAULT -1,
             imported_ms INTEGER NOT NULL))",

        // pin_hash: crypto_pwhash_str; the PIN itself is never stored.
        R"(CREATE TABLE members(
             meeting_id TEXT NOT NULL REFERENCES meetings(id),
             id TEXT NOT NULL,
             position INTEGER NOT NULL,
             name TEXT NOT NULL,
             title TEXT NOT NULL DEFAULT '',
             role TEXT NOT NULL CHECK (role IN ('chair','secretary','delegate','guest','observer')),
             entitled INTEGER NOT NULL CHECK (entitled IN (0,1)),
             pin_hash TEXT NOT NULL,
             PRIMARY KEY (meeting_id, id)))",

        R"(CREATE TABLE seats(
             meeting_id TEXT NOT NULL REFERENCES meetings(id),
             id TEXT NOT NULL,
             position INTEGER NOT NULL,
             label TEXT NOT NULL,
             device TEXT NOT NULL,
             PRIMARY KEY (meeting_id, id),
             UNIQUE (meeting_id, device)))",

        R"(CREATE TABLE agenda_items(
             meeting_id TEXT NOT NULL REFERENCES meetings(id),
             id TEXT NOT NULL,
             position INTEGER NOT NULL,
             number TEXT NOT NULL,
             title TEXT NOT NULL,
             presenter TEXT NOT NULL DEFAULT '',
             PRIMARY KEY (meeting_id, id),
             UNIQUE (meeting_id, position)))",

        R"(CREATE TABLE documents(
             meeting_id TEXT NOT NULL,
             item_id TEXT NOT NULL,
             id TEXT NOT NULL,
             position INTEGER NOT NULL,
             title TEXT NOT NULL,
             sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
             size INTEGER NOT NULL,
             page_count INTEGER NOT NULL,
             PRIMARY KEY (meeting_id, id),
             FOREIGN KEY (meeting_id, item_id) REFERENCES agenda_items(meeting_id, id)))",
        "CREATE INDEX documents_by_blob ON documents(sha256, meeting_id)",

        // Who is checked in, where (seat_id '' = at a console), at which device
        // (NULL once another person took over that console).
        R"(CREATE TABLE presence(
             meeting_id TEXT NOT NULL,
             person_id TEXT NOT NULL,
             seat_id TEXT NOT NULL,
             device TEXT,
             since_ms INTEGER NOT NULL,
             PRIMARY KEY (meeting_id, person_id),
             FOREIGN KEY (meeting_id, person_id) REFERENCES members(meeting_id, id)))",
        "CREATE UNIQUE INDEX presence_one_per_seat ON presence(meeting_id, seat_id) WHERE seat_id <> ''",
        "CREATE UNIQUE INDEX presence_one_per_device ON presence(meeting_id, device) WHERE device IS NOT NULL",

        // One row per wrong PIN. `cleared` = forgotten by a later correct PIN (the lock-out
        // state is replayed from the uncleared rows); all rows count in the meeting total.
        R"(CREATE TABLE pin_failures(
             meeting_id TEXT NOT NULL,
             person_id TEXT NOT NULL,
             time_ms INTEGER NOT NULL,
             cleared INTEGER NOT NULL DEFAULT 0,
             FOREIGN KEY (meeting_id, person_id) REFERENCES members(meeting_id, id)))",
        "CREATE INDEX pin_failures_by_person ON pin_failures(meeting_id, person_id, cleared)",

        // The event log = the audit log; one hash chain per meeting_id ('' = the hub's own
        // chain of administrative events). `id` fixes the append order even across VACUUM.
        R"(CREATE TABLE events(
             id INTEGER PRIMARY KEY,
             meeting_id TEXT NOT NULL,
             seq INTEGER NOT NULL,
             time_ms INTEGER NOT NULL,
             type TEXT NOT NULL,
             actor TEXT NOT NULL,
             payload BLOB NOT NULL,
             prev_hash BLOB NOT NULL,
             hash BLOB NOT NULL,
             UNIQUE (meeting_id, seq)))",
        // Last (seq, hash) per chain, written with every append: lets verify notice rows
        // deleted from the end of a chain, which the chain alone cannot show.
        R"(CREATE TABLE chain_heads(
             meeting_id TEXT PRIMARY KEY,
             seq INTEGER NOT NULL,
             hash BLOB NOT NULL))",

        // Stored replies for idempotent retries, keyed by the authenticated device.
        R"(CREATE TABLE replies(
             device TEXT NOT NULL,
             request_id INTEGER NOT NULL,
             request_hash BLOB NOT NULL,
             reply BLOB NOT NULL,
             time_ms INTEGER NOT NULL,
             PRIMARY KEY (device, request_id)) WITHOUT ROWID)",
    };
    for (const char *sql : statements) exec(QString::fromUtf8(sql));
}

} // namespace ecabinet::hub
