#include "store/EventLog.h"

#include "store/Store.h"

#include <google/protobuf/io/coded_stream.h>
#include <google/protobuf/io/zero_copy_stream_impl_lite.h>

namespace ecabinet::hub {

namespace {

// Deterministic serialisation: the payload bytes are hashed, so the same Event must always
// produce the same bytes (protobuf's default makes no such promise across versions for maps).
std::string deterministicBytes(const wire::Event &event) {
    std::string out;
    {
        google::protobuf::io::StringOutputStream raw(&out);
        google::protobuf::io::CodedOutputStream coded(&raw);
        coded.SetSerializationDeterministic(true);
        event.SerializeToCodedStream(&coded);
    }
    return out;
}

domain::ChainRow rowFrom(const SqlRow &q) {
    domain::ChainRow r;
    r.meetingId = ss(q.value(0));
    r.seq = fromSql(q.value(1));
    r.timeMs = q.value(2).toLongLong();
    r.type = ss(q.value(3));
    r.actor = ss(q.value(4));
    r.payload = sb(q.value(5));
    r.prevHash = sb(q.value(6));
    r.hash = sb(q.value(7));
    return r;
}

const QString kRowColumns = QStringLiteral("meeting_id, seq, time_ms, type, actor, payload, prev_hash, hash");

} // namespace

std::string eventTypeName(const wire::Event &event) {
    const auto *oneof = wire::Event::descriptor()->FindOneofByName("change");
    const auto *f = wire::Event::GetReflection()->GetOneofFieldDescriptor(event, oneof);
    return f ? f->name() : std::string("none");
}

std::string ChainProblem::describe() const {
    return "meeting " + (meetingId.empty() ? std::string("\"\" (hub chain)") : meetingId) + " seq " +
           std::to_string(seq) + ": " + reason + " (" + text + ")";
}

domain::ChainTip EventLog::tip(const std::string &meetingId) {
    return s_
        .first(QStringLiteral("SELECT seq, hash FROM chain_heads WHERE meeting_id = ?"), {qs(meetingId)},
               [](const SqlRow &q) { return domain::ChainTip{fromSql(q.value(0)), sb(q.value(1))}; })
        .value_or(domain::ChainTip{});
}

domain::ChainTip EventLog::currentTip(const std::string &meetingId) {
    if (!tips_) return tip(meetingId);
    if (auto it = tips_->find(meetingId); it != tips_->end()) return it->second;
    return tips_->emplace(meetingId, tip(meetingId)).first->second;
}

domain::ChainRow EventLog::appendRow(const domain::ChainTip &tip, domain::ChainEntry entry) {
    const domain::ChainRow row = domain::link(tip, std::move(entry));
    s_.write(QStringLiteral("INSERT INTO events(") + kRowColumns + QStringLiteral(") VALUES(?,?,?,?,?,?,?,?)"),
            {qs(row.meetingId), toSql(row.seq), qint64(row.timeMs), qs(row.type), qs(row.actor), qb(row.payload),
             qb(row.prevHash), qb(row.hash)});
    s_.write(QStringLiteral("INSERT INTO chain_heads(meeting_id, seq, hash) VALUES(?,?,?) "
                           "ON CONFLICT(meeting_id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash"),
            {qs(row.meetingId), toSql(row.seq), qb(row.hash)});
    if (tips_) (*tips_)[row.meetingId] = domain::ChainTip{row.seq, row.hash};
    return row;
}

wire::Event EventLog::append(const std::string &meetingId, std::int64_t timeMs, const std::string &actor,
                             wire::Event event) {
    // The seq goes inside the payload too, so a published event is exactly the stored row.
    const auto head = currentTip(meetingId);
    event.set_meeting_id(meetingId);
    event.set_seq(head.seq + 1);
    event.set_time_ms(timeMs);
    event.set_actor(actor);
    const auto row = appendRow(head, {meetingId, timeMs, eventTypeName(event), actor, deterministicBytes(event)});
    if (row.seq != event.seq()) throw StoreError("event log: seq moved while appending");
    return event;
}

std::uint64_t EventLog::appendAdmin(std::int64_t timeMs, const std::string &type, const std::string &actor,
                                    const std::string &payloadJson) {
    return appendRow(currentTip(""), {"", timeMs, type, actor, payloadJson}).seq;
}

std::uint64_t EventLog::lastSeq(const std::string &meetingId) { return tip(meetingId).seq; }

std::vector<ChainHead> EventLog::heads() {
    std::vector<ChainHead> out;
    auto q = s_.exec(QStringLiteral("SELECT meeting_id, seq, hash FROM chain_heads ORDER BY meeting_id"));
    while (q.next()) out.push_back({ss(q.value(0)), fromSql(q.value(1)), domain::hex(sb(q.value(2)))});
    return out;
}

std::vector<wire::Event> EventLog::eventsAfter(const std::string &meetingId, std::uint64_t afterSeq) {
    std::vector<wire::Event> out;
    auto q = s_.exec(QStringLiteral("SELECT payload FROM events WHERE meeting_id = ? AND seq > ? ORDER BY seq"),
                     {qs(meetingId), toSql(afterSeq)});
    while (q.next()) {
        wire::Event e;
        const auto bytes = sb(q.value(0));
        if (!e.ParseFromString(bytes)) throw StoreError("event log: unreadable payload in meeting " + meetingId);
        out.push_back(std::move(e));
    }
    return out;
}

VerifyReport EventLog::verify() {
    VerifyReport report;
    std::vector<std::string> chains;
    {
        // Every meeting id that appears anywhere: in the log, in the heads, or as a meeting
        // (a meeting whose whole chain was deleted must still be noticed).
        auto q = s_.exec(QStringLiteral("SELECT meeting_id FROM events UNION SELECT meeting_id FROM chain_heads "
                                        "UNION SELECT id FROM meetings ORDER BY 1"));
        while (q.next()) chains.push_back(ss(q.value(0)));
    }
    for (const auto &meetingId : chains) {
        std::vector<domain::ChainRow> rows;
        auto q = s_.exec(QStringLiteral("SELECT ") + kRowColumns +
                             QStringLiteral(" FROM events WHERE meeting_id = ? ORDER BY id"),
                         {qs(meetingId)});
        while (q.next()) rows.push_back(rowFrom(q));
        ++report.chains;
        auto checked = domain::verifyChain(rows);
        if (!checked) {
            const auto &b = checked.error();
            // A deletion is reported at the seq that is gone, not at the row after the gap.
            const std::uint64_t seq = b.reason == domain::ChainBreak::Reason::Missing
                                          ? (b.index == 0 ? 1 : rows[b.index - 1].seq + 1)
                                          : b.seq;
            report.problem = ChainProblem{meetingId, seq, std::string(domain::reasonName(b.reason)), b.text};
            return report;
        }
        report.events += rows.size();
        const auto stored = tip(meetingId);
        const auto &got = checked->tip;
        if (stored.seq != got.seq || stored.hash != got.hash) {
            const bool shorter = got.seq < stored.seq;
            report.problem = ChainProblem{
                meetingId, shorter ? got.seq + 1 : got.seq, shorter ? "missing" : "edited",
                shorter ? "the chain ends at seq " + std::to_string(got.seq) + " but its recorded head is seq " +
                              std::to_string(stored.seq) + ": rows were removed from the end"
                        : "the last row does not match the recorded chain head"};
            return report;
        }
    }
    return report;
}

} // namespace ecabinet::hub
