// Schema version 1. Later versions add a migrateToN() and a case in Store::migrate;
// a shipped migration is never edited.
#include "store/Store.h"

#include "store/Polls.h"

#include <tuple>
#include <vector>

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

// Schema version 2: the meeting floor (issue 4): polls, ballots, proxies, speakers.
//
// Ballots: one per voter per poll is the primary key of poll_voted (has-voted), written in
// the same savepoint as the ballot, so a second ballot for the same voter fails in the
// database even if a rule above it were wrong. Open and named polls keep the choice with the
// voter (named_ballots); secret polls keep it apart, in secret_choices, which holds only
// (poll, a random 16-byte key, selection, weight): no person, device, time or rowid, and
// its rows are ordered by the random key. Triggers refuse a named row for a secret poll and a
// secret row for a non-secret one.
void Store::migrateTo2() {
    static const char *const statements[] = {
        // definition = wire::PollDefinition (deterministic protobuf); mode and state also as
        // columns for SQL (status, export, triggers). position = order prepared (1, 2, ...).
        R"(CREATE TABLE polls(
             meeting_id TEXT NOT NULL REFERENCES meetings(id),
             id TEXT NOT NULL,
             position INTEGER NOT NULL,
             item_id TEXT NOT NULL DEFAULT '',
             question TEXT NOT NULL,
             mode TEXT NOT NULL CHECK (mode IN ('open','named','secret')),
             definition BLOB NOT NULL,
             state TEXT NOT NULL CHECK (state IN ('prepared','open','closed','published','cancelled')),
             rerun_of TEXT NOT NULL DEFAULT '',
             created_ms INTEGER NOT NULL,
             opened_ms INTEGER,
             closed_ms INTEGER,
             quorum_reached INTEGER,
             quorum_required INTEGER,
             quorum_present INTEGER,
             quorum_entitled INTEGER,
             PRIMARY KEY (meeting_id, id),
             UNIQUE (meeting_id, position)))",

        // The electorate fixed at prepare; eligible_at_close set when the poll closes.
        R"(CREATE TABLE poll_voters(
             meeting_id TEXT NOT NULL,
             poll_id TEXT NOT NULL,
             person_id TEXT NOT NULL,
             weight INTEGER NOT NULL CHECK (weight > 0),
             eligible_at_close INTEGER CHECK (eligible_at_close IN (0,1)),
             PRIMARY KEY (meeting_id, poll_id, person_id),
             FOREIGN KEY (meeting_id, poll_id) REFERENCES polls(meeting_id, id),
             FOREIGN KEY (meeting_id, person_id) REFERENCES members(meeting_id, id)) WITHOUT ROWID)",

        // One level: a principal gives one proxy, a holder carries one principal.
        R"(CREATE TABLE poll_proxies(
             meeting_id TEXT NOT NULL,
             poll_id TEXT NOT NULL,
             principal TEXT NOT NULL,
             holder TEXT NOT NULL,
             PRIMARY KEY (meeting_id, poll_id, principal),
             UNIQUE (meeting_id, poll_id, holder),
             CHECK (principal <> holder),
             FOREIGN KEY (meeting_id, poll_id, principal) REFERENCES poll_voters(meeting_id, poll_id, person_id),
             FOREIGN KEY (meeting_id, poll_id, holder) REFERENCES poll_voters(meeting_id, poll_id, person_id)) WITHOUT ROWID)",

        // Has-voted, every mode: ONE row per voter (a represented principal is the voter).
        // No time: the event log has "X voted" already, and nothing here may order ballots.
        R"(CREATE TABLE poll_voted(
             meeting_id TEXT NOT NULL,
             poll_id TEXT NOT NULL,
             person_id TEXT NOT NULL,
             cast_by TEXT NOT NULL,
             PRIMARY KEY (meeting_id, poll_id, person_id),
             FOREIGN KEY (meeting_id, poll_id, person_id) REFERENCES poll_voters(meeting_id, poll_id, person_id)) WITHOUT ROWID)",

        // Open and named polls: the choice with the voter. selection = "0,2" (sorted indexes).
        R"(CREATE TABLE named_ballots(
             meeting_id TEXT NOT NULL,
             poll_id TEXT NOT NULL,
             person_id TEXT NOT NULL,
             cast_by TEXT NOT NULL,
             selection TEXT NOT NULL,
             weight INTEGER NOT NULL CHECK (weight > 0),
             cast_ms INTEGER NOT NULL,
             PRIMARY KEY (meeting_id, poll_id, person_id),
             FOREIGN KEY (meeting_id, poll_id, person_id) REFERENCES poll_voted(meeting_id, poll_id, person_id)) WITHOUT ROWID)",

        // Secret polls: the choice and nothing that points at who made it.
        R"(CREATE TABLE secret_choices(
             meeting_id TEXT NOT NULL,
             poll_id TEXT NOT NULL,
             ballot_key BLOB NOT NULL CHECK (length(ballot_key) = 16),
             selection TEXT NOT NULL,
             weight INTEGER NOT NULL CHECK (weight > 0),
             PRIMARY KEY (meeting_id, poll_id, ballot_key)) WITHOUT ROWID)",

        R"(CREATE TRIGGER named_ballots_not_secret BEFORE INSERT ON named_ballots
           WHEN (SELECT mode FROM polls WHERE meeting_id = NEW.meeting_id AND id = NEW.poll_id) IS NOT 'open'
            AND (SELECT mode FROM polls WHERE meeting_id = NEW.meeting_id AND id = NEW.poll_id) IS NOT 'named'
           BEGIN SELECT RAISE(ABORT, 'a named ballot for a poll that is not open or named'); END)",
        R"(CREATE TRIGGER secret_choices_only_secret BEFORE INSERT ON secret_choices
           WHEN (SELECT mode FROM polls WHERE meeting_id = NEW.meeting_id AND id = NEW.poll_id) IS NOT 'secret'
           BEGIN SELECT RAISE(ABORT, 'an anonymous choice for a poll that is not secret'); END)",

        // The speaker queue of a meeting: wire::SpeakersView (deterministic protobuf), one row.
        R"(CREATE TABLE speakers(
             meeting_id TEXT PRIMARY KEY REFERENCES meetings(id),
             state BLOB NOT NULL))",
    };
    for (const char *sql : statements) exec(QString::fromUtf8(sql));
}

// Schema version 3: polls.eligible, the eligible voters of an open poll (present, represented
// by a present proxy holder, or voted), kept up to date at open and at every check-in/out, so
// that a ballot reads it instead of recounting the electorate (a ballot never changes it: only
// an eligible voter can cast one).
void Store::migrateTo3() {
    exec(QStringLiteral("ALTER TABLE polls ADD COLUMN eligible INTEGER NOT NULL DEFAULT 0"));
}

// Schema version 4: members.weight, the votes a member carries (meeting file "weight",
// default 1). Meetings imported before keep one vote per member.
void Store::migrateTo4() {
    exec(QStringLiteral("ALTER TABLE members ADD COLUMN weight INTEGER NOT NULL DEFAULT 1 "
                        "CHECK (weight BETWEEN 1 AND 1000)"));
}

// Schema version 5: secret ballots in slots laid out before the first ballot arrives.
//
// Version 2 inserted a secret choice row when the ballot came. SQLite writes a new cell at
// the top of its page's free area, so the byte offsets of the rows followed arrival order,
// and the event log (rightly) records who voted in which order: someone reading hub.db could
// pair the n-th voter with the n-th row. Now a secret poll gets one empty slot per member of
// its electorate when it is prepared (random key, filled = 0, a zero choice of fixed size); a
// ballot fills a slot chosen uniformly at random among the empty ones, with an UPDATE of the
// same size, which SQLite makes in place. Nothing in the file moves when a ballot arrives, so
// the layout says nothing about order. The WAL still holds each batch's page images until the
// checkpoint that follows every batch with a secret ballot (MeetingService) empties it.
//
// choice = 8 bytes weight (big-endian) + 64 bytes option bitmask (bit i = option i;
// domain::kMaxPollOptions = 512). Existing rows become filled slots; secret polls not yet
// closed get empty slots for the members who have not voted.
void Store::migrateTo5() {
    exec(QStringLiteral(R"(CREATE TABLE secret_slots(
             meeting_id TEXT NOT NULL,
             poll_id TEXT NOT NULL,
             ballot_key BLOB NOT NULL CHECK (length(ballot_key) = 16),
             filled INTEGER NOT NULL CHECK (filled IN (0, 1)),
             choice BLOB NOT NULL CHECK (length(choice) = 72),
             PRIMARY KEY (meeting_id, poll_id, ballot_key)) WITHOUT ROWID)"));
    {
        auto old = exec(QStringLiteral("SELECT meeting_id, poll_id, ballot_key, selection, weight FROM secret_choices "
                                       "ORDER BY meeting_id, poll_id, ballot_key"));
        while (old.next())
            exec(QStringLiteral("INSERT INTO secret_slots(meeting_id, poll_id, ballot_key, filled, choice) "
                                "VALUES(?,?,?,1,?)"),
                 {old.value(0), old.value(1), old.value(2),
                  encodeSecretChoice(selectionOrThrow(ss(old.value(3))), fromSql(old.value(4)))});
    }
    exec(QStringLiteral("DROP TABLE secret_choices")); // its trigger goes with it
    exec(QStringLiteral("ALTER TABLE secret_slots RENAME TO secret_choices"));
    exec(QStringLiteral(R"(CREATE TRIGGER secret_choices_only_secret BEFORE INSERT ON secret_choices
           WHEN (SELECT mode FROM polls WHERE meeting_id = NEW.meeting_id AND id = NEW.poll_id) IS NOT 'secret'
           BEGIN SELECT RAISE(ABORT, 'an anonymous choice for a poll that is not secret'); END)"));
    auto open = exec(QStringLiteral(
        "SELECT p.meeting_id, p.id, (SELECT count(*) FROM poll_voters v WHERE v.meeting_id = p.meeting_id "
        "AND v.poll_id = p.id) - (SELECT count(*) FROM poll_voted d WHERE d.meeting_id = p.meeting_id "
        "AND d.poll_id = p.id) FROM polls p WHERE p.mode = 'secret' AND p.state IN ('prepared', 'open')"));
    std::vector<std::tuple<QVariant, QVariant, int>> todo;
    while (open.next()) todo.emplace_back(open.value(0), open.value(1), open.value(2).toInt());
    for (const auto &[meeting, poll, empty] : todo)
        PollTable(*this).addSecretSlots(ss(meeting), ss(poll), empty);
}

// Schema version 9: follow the presenter (issue 5): the page shown to the room and the
// presenting right of a meeting, wire::PresentationView (deterministic protobuf), one row.
void Store::migrateTo9() {
    exec(QStringLiteral("CREATE TABLE presentations("
                        "meeting_id TEXT PRIMARY KEY REFERENCES meetings(id), "
                        "state BLOB NOT NULL)"));
}

} // namespace ecabinet::hub
