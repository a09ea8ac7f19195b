#include "store/Meetings.h"

#include "store/Documents.h"
#include "store/Store.h"

namespace ecabinet::hub {

using domain::MeetingState;

std::optional<MeetingState> parseState(const std::string &name) {
    for (auto s : {MeetingState::Scheduled, MeetingState::Open, MeetingState::Closed})
        if (domain::stateName(s) == name) return s;
    return std::nullopt;
}

namespace {

const QString kMeetingColumns = QStringLiteral("id, title, location, starts_at_ms, state, current_item");

MeetingRow meetingFrom(const SqlRow &q) {
    const auto state = parseState(ss(q.value(4)));
    if (!state) throw StoreError("meeting " + ss(q.value(0)) + " has unknown state '" + ss(q.value(4)) + "'");
    return {ss(q.value(0)), ss(q.value(1)), ss(q.value(2)), q.value(3).toLongLong(), *state, q.value(5).toInt()};
}

MemberRow memberFrom(const SqlRow &q) {
    const auto role = domain::parseRole(ss(q.value(3)));
    if (!role) throw StoreError("member " + ss(q.value(0)) + " has unknown role '" + ss(q.value(3)) + "'");
    return {ss(q.value(0)), ss(q.value(1)), ss(q.value(2)), *role, q.value(4).toBool(), ss(q.value(5)),
            q.value(6).toUInt()};
}

const QString kMemberColumns = QStringLiteral("id, name, title, role, entitled, pin_hash, weight");

QString sv(std::string_view v) { return QString::fromUtf8(v.data(), static_cast<qsizetype>(v.size())); }

} // namespace

std::string MeetingTable::currentId() {
    // One query so the rule is in one place: open first, then earliest scheduled, then latest closed.
    return ss(s_.scalar(QStringLiteral(
        "SELECT id FROM meetings ORDER BY "
        "CASE state WHEN 'open' THEN 0 WHEN 'scheduled' THEN 1 ELSE 2 END, "
        "CASE WHEN state = 'closed' THEN -starts_at_ms ELSE starts_at_ms END, "
        "CASE WHEN state = 'closed' THEN -imported_ms ELSE imported_ms END, id LIMIT 1")));
}

std::optional<MeetingRow> MeetingTable::meeting(const std::string &id) {
    return s_.first(QStringLiteral("SELECT ") + kMeetingColumns + QStringLiteral(" FROM meetings WHERE id = ?"),
                     {qs(id)},
                    [&](const SqlRow &q) { return meetingFrom(q); });
}

std::vector<MeetingRow> MeetingTable::all() {
    std::vector<MeetingRow> out;
    auto q = s_.exec(QStringLiteral("SELECT ") + kMeetingColumns + QStringLiteral(" FROM meetings ORDER BY starts_at_ms, id"));
    while (q.next()) out.push_back(meetingFrom(q));
    return out;
}

void MeetingTable::insert(const domain::MeetingSpec &spec, const ImportedFiles &files, std::int64_t nowMs) {
    s_.write(QStringLiteral("INSERT INTO meetings(id, title, location, starts_at_ms, state, current_item, imported_ms) "
                           "VALUES(?,?,?,?,'scheduled',-1,?)"),
            {qs(spec.id), qs(spec.title), qs(spec.location), qint64(spec.startsAtMs), qint64(nowMs)});
    int pos = 0;
    for (const auto &m : spec.members) {
        const auto hash = files.pinHashes.find(m.id);
        if (hash == files.pinHashes.end()) throw StoreError("import: no PIN hash for member " + m.id);
        s_.write(QStringLiteral("INSERT INTO members(meeting_id, id, position, name, title, role, entitled, pin_hash, "
                               "weight) VALUES(?,?,?,?,?,?,?,?,?)"),
                {qs(spec.id), qs(m.id), pos++, qs(m.name), qs(m.position), sv(domain::roleName(m.role)),
                 m.entitled ? 1 : 0, qs(hash->second), static_cast<uint>(m.weight)});
    }
    pos = 0;
    for (const auto &seat : spec.seats)
        s_.write(QStringLiteral("INSERT INTO seats(meeting_id, id, position, label, device) VALUES(?,?,?,?,?)"),
                {qs(spec.id), qs(seat.id), pos++, qs(seat.label), qs(seat.device)});
    pos = 0;
    for (const auto &item : spec.agenda) {
        s_.write(QStringLiteral("INSERT INTO agenda_items(meeting_id, id, position, number, title, presenter) "
                               "VALUES(?,?,?,?,?,?)"),
                {qs(spec.id), qs(item.id), pos++, qs(item.number), qs(item.title), qs(item.presenter)});
        int docPos = 0;
        for (const auto &doc : item.documents) {
            const auto stored = files.documents.find(doc.id);
            if (stored == files.documents.end()) throw StoreError("import: document " + doc.id + " was not stored");
            DocumentRow d = stored->second;
            d.id = doc.id;
            d.title = doc.title;
            d.itemId = item.id;
            d.access = doc.access;
            d.updatedMs = nowMs;
            DocumentTable(s_).insert(spec.id, d, docPos++, "", nowMs);
        }
    }
}

void MeetingTable::setState(const std::string &id, MeetingState state) {
    if (s_.write(QStringLiteral("UPDATE meetings SET state = ? WHERE id = ?"), {sv(domain::stateName(state)), qs(id)}) != 1) throw StoreError("no meeting " + id + " to update");
}

void MeetingTable::moveItem(const std::string &id, int expected, int target) {
    if (s_.write(QStringLiteral("UPDATE meetings SET current_item = ? WHERE id = ? AND current_item = ?"),
                     {target, qs(id), expected}) != 1) throw StoreError("meeting " + id + ": current item changed underneath");
}

std::vector<MemberRow> MeetingTable::members(const std::string &meetingId) {
    std::vector<MemberRow> out;
    auto q = s_.exec(QStringLiteral("SELECT ") + kMemberColumns +
                         QStringLiteral(" FROM members WHERE meeting_id = ? ORDER BY position"),
                     {qs(meetingId)});
    while (q.next()) out.push_back(memberFrom(q));
    return out;
}

std::optional<MemberRow> MeetingTable::member(const std::string &meetingId, const std::string &personId) {
    return s_.first(QStringLiteral("SELECT ") + kMemberColumns +
                         QStringLiteral(" FROM members WHERE meeting_id = ? AND id = ?"),
                     {qs(meetingId), qs(personId)},
                    [&](const SqlRow &q) { return memberFrom(q); });
}

std::vector<SeatRow> MeetingTable::seats(const std::string &meetingId) {
    std::vector<SeatRow> out;
    auto q = s_.exec(QStringLiteral("SELECT id, label, device FROM seats WHERE meeting_id = ? ORDER BY position"),
                     {qs(meetingId)});
    while (q.next()) out.push_back({ss(q.value(0)), ss(q.value(1)), ss(q.value(2))});
    return out;
}

std::optional<std::string> MeetingTable::seatOfDevice(const std::string &meetingId, const std::string &device) {
    const auto v = s_.scalar(QStringLiteral("SELECT id FROM seats WHERE meeting_id = ? AND device = ?"),
                             {qs(meetingId), qs(device)});
    if (!v.isValid()) return std::nullopt;
    return ss(v);
}

std::vector<AgendaRow> MeetingTable::agenda(const std::string &meetingId) {
    std::vector<AgendaRow> out;
    std::map<std::string, std::size_t> index;
    auto q = s_.exec(QStringLiteral("SELECT id, number, title, presenter FROM agenda_items WHERE meeting_id = ? "
                                    "ORDER BY position"),
                     {qs(meetingId)});
    while (q.next()) {
        index[ss(q.value(0))] = out.size();
        out.push_back({ss(q.value(0)), ss(q.value(1)), ss(q.value(2)), ss(q.value(3)), {}});
    }
    for (auto &doc : DocumentTable(s_).current(meetingId)) {
        const auto it = index.find(doc.itemId);
        if (it == index.end()) throw StoreError("document " + doc.id + " belongs to no agenda item");
        out[it->second].documents.push_back(std::move(doc));
    }
    return out;
}

int MeetingTable::itemCount(const std::string &meetingId) {
    return s_.scalar(QStringLiteral("SELECT count(*) FROM agenda_items WHERE meeting_id = ?"), {qs(meetingId)}).toInt();
}

bool MeetingTable::hasDocument(const std::string &meetingId, const std::string &sha256) {
    return s_.scalar(QStringLiteral("SELECT count(*) FROM documents WHERE sha256 = ? AND meeting_id = ?"),
                     {qs(sha256), qs(meetingId)}).toInt() > 0;
}

std::vector<PresenceRow> MeetingTable::presence(const std::string &meetingId) {
    std::vector<PresenceRow> out;
    auto q = s_.exec(QStringLiteral("SELECT person_id, seat_id, device FROM presence WHERE meeting_id = ? "
                                    "ORDER BY person_id"),
                     {qs(meetingId)});
    while (q.next())
        out.push_back({ss(q.value(0)), ss(q.value(1)),
                       q.value(2).isNull() ? std::nullopt : std::optional<std::string>(ss(q.value(2)))});
    return out;
}

std::optional<PresenceRow> MeetingTable::atDevice(const std::string &meetingId, const std::string &device) {
    return s_.first(QStringLiteral("SELECT person_id, seat_id FROM presence WHERE meeting_id = ? AND device = ?"),
                     {qs(meetingId), qs(device)},
                    [&](const SqlRow &q) { return PresenceRow{ss(q.value(0)), ss(q.value(1)), device}; });
}

std::optional<std::pair<PresenceRow, MemberRow>> MeetingTable::memberAtDevice(const std::string &meetingId,
                                                                             const std::string &device) {
    // The member's columns first (memberFrom reads 0..6), then the presence.
    static const QString sql = QStringLiteral("SELECT m.") + QString(kMemberColumns).replace(QStringLiteral(", "), QStringLiteral(", m.")) +
                               QStringLiteral(", p.person_id, p.seat_id FROM presence p LEFT JOIN members m "
                                              "ON m.meeting_id = p.meeting_id AND m.id = p.person_id "
                                              "WHERE p.meeting_id = ? AND p.device = ?");
    return s_.first(sql, {qs(meetingId), qs(device)}, [&](const SqlRow &q) {
        PresenceRow presence{ss(q.value(7)), ss(q.value(8)), device};
        if (q.value(0).isNull()) throw StoreError("presence names unknown member " + presence.personId);
        return std::pair<PresenceRow, MemberRow>{std::move(presence), memberFrom(q)};
    });
}

void MeetingTable::setPresent(const std::string &meetingId, const PresenceRow &row, std::int64_t nowMs) {
    s_.write(QStringLiteral("INSERT INTO presence(meeting_id, person_id, seat_id, device, since_ms) VALUES(?,?,?,?,?) "
                           "ON CONFLICT(meeting_id, person_id) DO UPDATE SET seat_id = excluded.seat_id, "
                           "device = excluded.device, since_ms = excluded.since_ms"),
            {qs(meetingId), qs(row.personId), qs(row.seatId), row.device ? QVariant(qs(*row.device)) : QVariant(),
             qint64(nowMs)});
}

void MeetingTable::setAbsent(const std::string &meetingId, const std::string &personId) {
    s_.write(QStringLiteral("DELETE FROM presence WHERE meeting_id = ? AND person_id = ?"), {qs(meetingId), qs(personId)});
}

void MeetingTable::detachDevice(const std::string &meetingId, const std::string &device) {
    s_.write(QStringLiteral("UPDATE presence SET device = NULL WHERE meeting_id = ? AND device = ?"),
            {qs(meetingId), qs(device)});
}

std::vector<std::int64_t> MeetingTable::unclearedWrongPins(const std::string &meetingId, const std::string &personId) {
    std::vector<std::int64_t> out;
    auto q = s_.exec(QStringLiteral("SELECT time_ms FROM pin_failures WHERE meeting_id = ? AND person_id = ? "
                                    "AND cleared = 0 ORDER BY rowid"),
                     {qs(meetingId), qs(personId)});
    while (q.next()) out.push_back(q.value(0).toLongLong());
    return out;
}

void MeetingTable::addWrongPin(const std::string &meetingId, const std::string &personId, std::int64_t timeMs) {
    s_.write(QStringLiteral("INSERT INTO pin_failures(meeting_id, person_id, time_ms) VALUES(?,?,?)"),
            {qs(meetingId), qs(personId), qint64(timeMs)});
}

void MeetingTable::clearWrongPins(const std::string &meetingId, const std::string &personId) {
    s_.write(QStringLiteral("UPDATE pin_failures SET cleared = 1 WHERE meeting_id = ? AND person_id = ?"),
            {qs(meetingId), qs(personId)});
}

std::uint64_t MeetingTable::totalWrongPins(const std::string &meetingId) {
    return fromSql(s_.scalar(QStringLiteral("SELECT count(*) FROM pin_failures WHERE meeting_id = ?"), {qs(meetingId)}));
}

} // namespace ecabinet::hub
