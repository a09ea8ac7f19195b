#include "store/Conclusions.h"

#include "store/Store.h"

namespace ecabinet::hub {

// Schema version 8: conclusions (issue 6). One row per conclusion; its history is the event
// log (conclusion_drafted / _edited / _withdrawn / _approved events carry each revision).
// `position` orders them as drafted; approved rows are final (the hub never updates them,
// and the trigger makes sure nothing else does).
void Store::migrateTo8() {
    static const char *const statements[] = {
        R"(CREATE TABLE conclusions(
             meeting_id TEXT NOT NULL REFERENCES meetings(id),
             id TEXT NOT NULL,
             position INTEGER NOT NULL,
             item_id TEXT NOT NULL,
             text TEXT NOT NULL,
             status TEXT NOT NULL CHECK (status IN ('draft','approved','withdrawn')),
             revision INTEGER NOT NULL CHECK (revision >= 1),
             drafted_by TEXT NOT NULL,
             drafted_ms INTEGER NOT NULL,
             updated_ms INTEGER NOT NULL,
             decided_by TEXT NOT NULL DEFAULT '',
             poll_id TEXT NOT NULL DEFAULT '',
             PRIMARY KEY (meeting_id, id),
             UNIQUE (meeting_id, position),
             FOREIGN KEY (meeting_id, item_id) REFERENCES agenda_items(meeting_id, id)))",
        R"(CREATE TRIGGER conclusions_final BEFORE UPDATE ON conclusions
             WHEN OLD.status <> 'draft'
             BEGIN SELECT RAISE(ABORT, 'an approved or withdrawn conclusion never changes'); END)",
    };
    for (const char *sql : statements) exec(QString::fromUtf8(sql));
}

namespace {

const QString kColumns =
    QStringLiteral("id, item_id, text, status, revision, drafted_by, drafted_ms, updated_ms, decided_by, poll_id");

domain::Conclusion rowFrom(const SqlRow &q) {
    domain::Conclusion c;
    c.id = ss(q.value(0));
    c.agendaItemId = ss(q.value(1));
    c.text = ss(q.value(2));
    const auto status = domain::parseConclusionStatus(ss(q.value(3)));
    if (!status) throw StoreError("conclusion " + c.id + " has an unknown status '" + ss(q.value(3)) + "'");
    c.status = *status;
    c.revision = q.value(4).toUInt();
    c.draftedBy = ss(q.value(5));
    c.draftedAtMs = q.value(6).toLongLong();
    c.updatedAtMs = q.value(7).toLongLong();
    c.decidedBy = ss(q.value(8));
    c.pollId = ss(q.value(9));
    return c;
}

} // namespace

std::vector<domain::Conclusion> ConclusionTable::all(const std::string &meetingId) {
    auto q = s_.exec(QStringLiteral("SELECT ") + kColumns +
                         QStringLiteral(" FROM conclusions WHERE meeting_id = ? ORDER BY position"),
                     {qs(meetingId)});
    std::vector<domain::Conclusion> out;
    while (q.next()) out.push_back(rowFrom(q));
    return out;
}

std::optional<domain::Conclusion> ConclusionTable::find(const std::string &meetingId, const std::string &id) {
    auto q = s_.exec(QStringLiteral("SELECT ") + kColumns +
                         QStringLiteral(" FROM conclusions WHERE meeting_id = ? AND id = ?"),
                     {qs(meetingId), qs(id)});
    if (!q.next()) return std::nullopt;
    return rowFrom(q);
}

std::string ConclusionTable::nextId(const std::string &meetingId) {
    const auto n = s_.scalar(QStringLiteral("SELECT count(*) FROM conclusions WHERE meeting_id = ?"), {qs(meetingId)})
                       .toLongLong();
    return "c-" + std::to_string(n + 1);
}

void ConclusionTable::insert(const std::string &meetingId, const domain::Conclusion &c) {
    s_.exec(QStringLiteral("INSERT INTO conclusions(meeting_id, id, position, item_id, text, status, revision, "
                           "drafted_by, drafted_ms, updated_ms, decided_by, poll_id) "
                           "VALUES(?, ?, (SELECT coalesce(max(position), 0) + 1 FROM conclusions WHERE meeting_id = ?), "
                           "?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {qs(meetingId), qs(c.id), qs(meetingId), qs(c.agendaItemId), qs(c.text),
             qs(std::string(domain::conclusionStatusName(c.status))), c.revision, qs(c.draftedBy), qint64(c.draftedAtMs),
             qint64(c.updatedAtMs), qs(c.decidedBy), qs(c.pollId)});
}

void ConclusionTable::update(const std::string &meetingId, const domain::Conclusion &c) {
    auto q = s_.exec(QStringLiteral("UPDATE conclusions SET text = ?, status = ?, revision = ?, decided_by = ?, "
                                    "poll_id = ?, updated_ms = ? WHERE meeting_id = ? AND id = ?"),
                     {qs(c.text), qs(std::string(domain::conclusionStatusName(c.status))), c.revision,
                      qs(c.decidedBy), qs(c.pollId), qint64(c.updatedAtMs), qs(meetingId), qs(c.id)});
    if (q.numRowsAffected() != 1) throw StoreError("conclusion " + c.id + " to update is missing");
}

} // namespace ecabinet::hub
