#include "store/Polls.h"

#include "store/Store.h"

#include <sodium.h>

#include <charconv>
#include <limits>

namespace ecabinet::hub {

using domain::PollMode;
using domain::PollState;

namespace {

const QString kPollColumns = QStringLiteral(
    "id, position, item_id, question, mode, definition, state, rerun_of, opened_ms, closed_ms, "
    "quorum_reached, quorum_required, quorum_present, quorum_entitled, eligible");

std::optional<std::int64_t> optionalMs(const QVariant &v) {
    if (v.isNull()) return std::nullopt;
    return v.toLongLong();
}

PollMode parseMode(const std::string &name) {
    for (auto m : {PollMode::Open, PollMode::Named, PollMode::Secret})
        if (modeName(m) == name) return m;
    throw StoreError("poll has unknown mode '" + name + "'");
}

PollRow pollFrom(const SqlRow &q) {
    PollRow r;
    r.id = ss(q.value(0));
    r.position = q.value(1).toInt();
    r.itemId = ss(q.value(2));
    r.question = ss(q.value(3));
    r.mode = parseMode(ss(q.value(4)));
    r.definition = sb(q.value(5));
    const auto state = parsePollState(ss(q.value(6)));
    if (!state) throw StoreError("poll " + r.id + " has unknown state '" + ss(q.value(6)) + "'");
    r.state = *state;
    r.rerunOf = ss(q.value(7));
    r.openedMs = optionalMs(q.value(8));
    r.closedMs = optionalMs(q.value(9));
    if (!q.value(10).isNull()) {
        domain::QuorumCheck c;
        c.reached = q.value(10).toBool();
        c.required = fromSql(q.value(11));
        c.present = fromSql(q.value(12));
        c.entitled = fromSql(q.value(13));
        r.quorumAtOpen = c;
    }
    r.eligible = q.value(14).toUInt();
    return r;
}

QString stateText(PollState s) { return QString::fromUtf8(domain::pollStateName(s).data()); }

QByteArray randomKey() {
    QByteArray key(16, '\0');
    randombytes_buf(key.data(), static_cast<std::size_t>(key.size())); // the kernel's CSPRNG
    return key;
}

} // namespace

domain::Selection selectionOrThrow(const std::string &text) {
    auto s = parseSelection(text);
    if (!s) throw StoreError("stored selection '" + text + "' is unreadable");
    return *s;
}

QByteArray encodeSecretChoice(const domain::Selection &selection, std::uint64_t weight) {
    QByteArray out(kSecretChoiceBytes, '\0');
    for (int i = 0; i < 8; ++i) out[i] = static_cast<char>((weight >> (8 * (7 - i))) & 0xff);
    for (auto option : selection) {
        if (option >= domain::kMaxPollOptions)
            throw StoreError("option " + std::to_string(option) + " does not fit a secret ballot slot");
        out[8 + static_cast<int>(option / 8)] =
            static_cast<char>(static_cast<unsigned char>(out[8 + static_cast<int>(option / 8)]) | (1u << (option % 8)));
    }
    return out;
}

domain::AnonymousBallot decodeSecretChoice(const QByteArray &choice) {
    if (choice.size() != kSecretChoiceBytes)
        throw StoreError("a secret ballot slot holds " + std::to_string(choice.size()) + " bytes, not " +
                         std::to_string(kSecretChoiceBytes));
    domain::AnonymousBallot b;
    for (int i = 0; i < 8; ++i) b.weight = (b.weight << 8) | static_cast<unsigned char>(choice[i]);
    for (std::uint32_t option = 0; option < domain::kMaxPollOptions; ++option)
        if (static_cast<unsigned char>(choice[8 + static_cast<int>(option / 8)]) & (1u << (option % 8)))
            b.selection.push_back(option);
    if (b.weight == 0) throw StoreError("a filled secret ballot slot has no weight");
    return b;
}

std::string_view modeName(PollMode m) {
    switch (m) {
    case PollMode::Open: return "open";
    case PollMode::Named: return "named";
    case PollMode::Secret: return "secret";
    }
    return "unknown";
}

std::optional<PollState> parsePollState(const std::string &name) {
    for (auto s : {PollState::Prepared, PollState::Open, PollState::Closed, PollState::Published, PollState::Cancelled})
        if (domain::pollStateName(s) == name) return s;
    return std::nullopt;
}

std::string selectionText(const domain::Selection &s) {
    std::string out;
    for (auto i : s) {
        if (!out.empty()) out += ',';
        out += std::to_string(i);
    }
    return out;
}

std::optional<domain::Selection> parseSelection(const std::string &text) {
    domain::Selection out;
    if (text.empty()) return out;
    const char *p = text.data();
    const char *end = p + text.size();
    while (p < end) {
        std::uint32_t v = 0;
        const auto [next, ec] = std::from_chars(p, end, v);
        if (ec != std::errc() || next == p) return std::nullopt;
        out.push_back(v);
        p = next;
        if (p < end) {
            if (*p != ',') return std::nullopt;
            ++p;
        }
    }
    return out;
}

std::vector<PollRow> PollTable::all(const std::string &meetingId) {
    std::vector<PollRow> out;
    auto q = s_.exec(QStringLiteral("SELECT ") + kPollColumns +
                         QStringLiteral(" FROM polls WHERE meeting_id = ? ORDER BY position"),
                     {qs(meetingId)});
    while (q.next()) out.push_back(pollFrom(q));
    return out;
}

std::optional<PollRow> PollTable::poll(const std::string &meetingId, const std::string &pollId) {
    return s_.first(QStringLiteral("SELECT ") + kPollColumns +
                         QStringLiteral(" FROM polls WHERE meeting_id = ? AND id = ?"),
                     {qs(meetingId), qs(pollId)},
                    [&](const SqlRow &q) { return pollFrom(q); });
}

int PollTable::nextPosition(const std::string &meetingId) {
    return s_.scalar(QStringLiteral("SELECT coalesce(max(position), 0) + 1 FROM polls WHERE meeting_id = ?"),
                     {qs(meetingId)}).toInt();
}

bool PollTable::hasRerunOf(const std::string &meetingId, const std::string &pollId) {
    return s_.scalar(QStringLiteral("SELECT count(*) FROM polls WHERE meeting_id = ? AND rerun_of = ?"),
                     {qs(meetingId), qs(pollId)}).toInt() > 0;
}

void PollTable::insert(const std::string &meetingId, const PollRow &row, const std::vector<domain::Voter> &electorate,
                       const std::vector<domain::Proxy> &proxies, std::int64_t nowMs) {
    s_.write(QStringLiteral("INSERT INTO polls(meeting_id, id, position, item_id, question, mode, definition, state, "
                           "rerun_of, created_ms) VALUES(?,?,?,?,?,?,?,?,?,?)"),
            {qs(meetingId), qs(row.id), row.position, qs(row.itemId), qs(row.question),
             QString::fromUtf8(modeName(row.mode).data()), qb(row.definition), stateText(row.state), qs(row.rerunOf),
             qint64(nowMs)});
    for (const auto &v : electorate)
        s_.write(QStringLiteral("INSERT INTO poll_voters(meeting_id, poll_id, person_id, weight) VALUES(?,?,?,?)"),
                {qs(meetingId), qs(row.id), qs(v.id), toSql(v.weight)});
    for (const auto &p : proxies) addProxy(meetingId, row.id, p);
    if (row.mode == PollMode::Secret) addSecretSlots(meetingId, row.id, electorate.size());
}

void PollTable::addSecretSlots(const std::string &meetingId, const std::string &pollId, std::size_t count) {
    static const QByteArray empty(kSecretChoiceBytes, '\0');
    for (std::size_t i = 0; i < count; ++i)
        s_.write(QStringLiteral("INSERT INTO secret_choices(meeting_id, poll_id, ballot_key, filled, choice) "
                               "VALUES(?,?,?,0,?)"),
                {qs(meetingId), qs(pollId), randomKey(), empty});
}

void PollTable::setState(const std::string &meetingId, const std::string &pollId, PollState state) {
    s_.write(QStringLiteral("UPDATE polls SET state = ? WHERE meeting_id = ? AND id = ?"),
            {stateText(state), qs(meetingId), qs(pollId)});
}

void PollTable::setOpened(const std::string &meetingId, const std::string &pollId, std::int64_t ms,
                          const std::optional<domain::QuorumCheck> &quorum) {
    const QVariant null(QMetaType::fromType<qint64>());
    s_.write(QStringLiteral("UPDATE polls SET state = 'open', opened_ms = ?, quorum_reached = ?, quorum_required = ?, "
                           "quorum_present = ?, quorum_entitled = ? WHERE meeting_id = ? AND id = ?"),
            {qint64(ms), quorum ? QVariant(quorum->reached ? 1 : 0) : null,
             quorum ? QVariant(toSql(quorum->required)) : null, quorum ? QVariant(toSql(quorum->present)) : null,
             quorum ? QVariant(toSql(quorum->entitled)) : null, qs(meetingId), qs(pollId)});
}

void PollTable::setClosed(const std::string &meetingId, const std::string &pollId, std::int64_t ms,
                          const std::vector<domain::Voter> &eligibleAtClose) {
    s_.write(QStringLiteral("UPDATE polls SET state = 'closed', closed_ms = ? WHERE meeting_id = ? AND id = ?"),
            {qint64(ms), qs(meetingId), qs(pollId)});
    s_.write(QStringLiteral("UPDATE poll_voters SET eligible_at_close = 0 WHERE meeting_id = ? AND poll_id = ?"),
            {qs(meetingId), qs(pollId)});
    for (const auto &v : eligibleAtClose)
        s_.write(QStringLiteral("UPDATE poll_voters SET eligible_at_close = 1 "
                               "WHERE meeting_id = ? AND poll_id = ? AND person_id = ?"),
                {qs(meetingId), qs(pollId), qs(v.id)});
}

std::vector<domain::Voter> PollTable::electorate(const std::string &meetingId, const std::string &pollId) {
    std::vector<domain::Voter> out;
    auto q = s_.exec(QStringLiteral("SELECT person_id, weight FROM poll_voters WHERE meeting_id = ? AND poll_id = ? "
                                    "ORDER BY person_id"),
                     {qs(meetingId), qs(pollId)});
    while (q.next()) out.push_back({ss(q.value(0)), fromSql(q.value(1))});
    return out;
}

std::optional<domain::Voter> PollTable::voter(const std::string &meetingId, const std::string &pollId,
                                              const std::string &personId) {
    return s_.first(QStringLiteral("SELECT weight FROM poll_voters WHERE meeting_id = ? AND poll_id = ? AND person_id = ?"),
                     {qs(meetingId), qs(pollId), qs(personId)},
                    [&](const SqlRow &q) { return domain::Voter{personId, fromSql(q.value(0))}; });
}

std::vector<domain::Voter> PollTable::eligibleAtClose(const std::string &meetingId, const std::string &pollId) {
    std::vector<domain::Voter> out;
    auto q = s_.exec(QStringLiteral("SELECT person_id, weight FROM poll_voters WHERE meeting_id = ? AND poll_id = ? "
                                    "AND eligible_at_close = 1 ORDER BY person_id"),
                     {qs(meetingId), qs(pollId)});
    while (q.next()) out.push_back({ss(q.value(0)), fromSql(q.value(1))});
    return out;
}

std::vector<domain::Proxy> PollTable::proxies(const std::string &meetingId, const std::string &pollId) {
    std::vector<domain::Proxy> out;
    auto q = s_.exec(QStringLiteral("SELECT holder, principal FROM poll_proxies WHERE meeting_id = ? AND poll_id = ? "
                                    "ORDER BY principal"),
                     {qs(meetingId), qs(pollId)});
    while (q.next()) out.push_back({ss(q.value(0)), ss(q.value(1))});
    return out;
}

std::optional<domain::Proxy> PollTable::proxyFor(const std::string &meetingId, const std::string &pollId,
                                                 const std::string &principal) {
    return s_.first(QStringLiteral("SELECT holder FROM poll_proxies WHERE meeting_id = ? AND poll_id = ? AND principal = ?"),
                     {qs(meetingId), qs(pollId), qs(principal)},
                    [&](const SqlRow &q) { return domain::Proxy{ss(q.value(0)), principal}; });
}

void PollTable::addProxy(const std::string &meetingId, const std::string &pollId, const domain::Proxy &p) {
    s_.write(QStringLiteral("INSERT INTO poll_proxies(meeting_id, poll_id, principal, holder) VALUES(?,?,?,?) "
                           "ON CONFLICT DO NOTHING"),
            {qs(meetingId), qs(pollId), qs(p.principal), qs(p.holder)});
}

bool PollTable::hasVoted(const std::string &meetingId, const std::string &pollId, const std::string &personId) {
    return s_.scalar(QStringLiteral("SELECT count(*) FROM poll_voted WHERE meeting_id = ? AND poll_id = ? AND person_id = ?"),
                     {qs(meetingId), qs(pollId), qs(personId)}).toInt() > 0;
}

PollTable::VoterState PollTable::voterState(const std::string &meetingId, const std::string &pollId,
                                            const std::string &personId) {
    return s_
        .first(QStringLiteral(
                   "SELECT v.weight, "
                   "(SELECT holder FROM poll_proxies WHERE meeting_id = ?1 AND poll_id = ?2 AND principal = ?3), "
                   "EXISTS (SELECT 1 FROM poll_voted WHERE meeting_id = ?1 AND poll_id = ?2 AND person_id = ?3) "
                   "FROM (SELECT 1) LEFT JOIN poll_voters v "
                   "ON v.meeting_id = ?1 AND v.poll_id = ?2 AND v.person_id = ?3"),
               {qs(meetingId), qs(pollId), qs(personId)},
               [&](const SqlRow &q) {
                   VoterState st;
                   if (!q.value(0).isNull()) st.voter = domain::Voter{personId, fromSql(q.value(0))};
                   if (!q.value(1).isNull()) st.proxy = domain::Proxy{ss(q.value(1)), personId};
                   st.hasVoted = q.value(2).toInt() != 0;
                   return st;
               })
        .value_or(VoterState{});
}

std::vector<std::string> PollTable::voted(const std::string &meetingId, const std::string &pollId) {
    std::vector<std::string> out;
    auto q = s_.exec(QStringLiteral("SELECT person_id FROM poll_voted WHERE meeting_id = ? AND poll_id = ? "
                                    "ORDER BY person_id"),
                     {qs(meetingId), qs(pollId)});
    while (q.next()) out.push_back(ss(q.value(0)));
    return out;
}

std::uint32_t PollTable::ballotsIn(const std::string &meetingId, const std::string &pollId) {
    return s_.scalar(QStringLiteral("SELECT count(*) FROM poll_voted WHERE meeting_id = ? AND poll_id = ?"),
                     {qs(meetingId), qs(pollId)}).toUInt();
}

namespace {
// Electorate members of poll `v` present, represented by a present proxy holder, or who voted.
const char *const kEligibleCount =
    "SELECT count(*) FROM poll_voters v WHERE v.meeting_id = %1 AND v.poll_id = %2 AND ("
    " EXISTS (SELECT 1 FROM poll_voted h WHERE h.meeting_id = v.meeting_id AND h.poll_id = v.poll_id"
    "         AND h.person_id = v.person_id)"
    " OR EXISTS (SELECT 1 FROM presence r WHERE r.meeting_id = v.meeting_id AND r.person_id = v.person_id)"
    " OR EXISTS (SELECT 1 FROM poll_proxies x JOIN presence r ON r.meeting_id = x.meeting_id AND r.person_id = x.holder"
    "            WHERE x.meeting_id = v.meeting_id AND x.poll_id = v.poll_id AND x.principal = v.person_id))";
} // namespace

std::uint32_t PollTable::eligibleNow(const std::string &meetingId, const std::string &pollId) {
    return s_.scalar(QString::fromUtf8(kEligibleCount).arg(QStringLiteral("?"), QStringLiteral("?")),
                     {qs(meetingId), qs(pollId)}).toUInt();
}

void PollTable::refreshEligible(const std::string &meetingId) {
    s_.write(QStringLiteral("UPDATE polls SET eligible = (") +
                QString::fromUtf8(kEligibleCount).arg(QStringLiteral("polls.meeting_id"), QStringLiteral("polls.id")) +
                QStringLiteral(") WHERE meeting_id = ? AND state = 'open'"),
            {qs(meetingId)});
}

void PollTable::setEligible(const std::string &meetingId, const std::string &pollId, std::uint32_t eligible) {
    s_.write(QStringLiteral("UPDATE polls SET eligible = ? WHERE meeting_id = ? AND id = ?"),
            {eligible, qs(meetingId), qs(pollId)});
}

std::optional<domain::NamedBallot> PollTable::namedBallot(const std::string &meetingId, const std::string &pollId,
                                                          const std::string &voter) {
    return s_.first(QStringLiteral("SELECT person_id, cast_by, selection, weight, cast_ms FROM named_ballots "
                                    "WHERE meeting_id = ? AND poll_id = ? AND person_id = ?"),
                     {qs(meetingId), qs(pollId), qs(voter)},
                    [&](const SqlRow &q) { return domain::NamedBallot{ss(q.value(0)), ss(q.value(1)), selectionOrThrow(ss(q.value(2))), fromSql(q.value(3)),
                               q.value(4).toLongLong()}; });
}

std::vector<domain::NamedBallot> PollTable::namedBallots(const std::string &meetingId, const std::string &pollId) {
    std::vector<domain::NamedBallot> out;
    auto q = s_.exec(QStringLiteral("SELECT person_id, cast_by, selection, weight, cast_ms FROM named_ballots "
                                    "WHERE meeting_id = ? AND poll_id = ? ORDER BY person_id"),
                     {qs(meetingId), qs(pollId)});
    while (q.next())
        out.push_back({ss(q.value(0)), ss(q.value(1)), selectionOrThrow(ss(q.value(2))), fromSql(q.value(3)),
                       q.value(4).toLongLong()});
    return out;
}

std::vector<domain::AnonymousBallot> PollTable::anonymousBallots(const std::string &meetingId,
                                                                 const std::string &pollId) {
    std::vector<domain::AnonymousBallot> out;
    auto q = s_.exec(QStringLiteral("SELECT choice FROM secret_choices WHERE meeting_id = ? AND poll_id = ? "
                                    "AND filled = 1 ORDER BY ballot_key"),
                     {qs(meetingId), qs(pollId)});
    while (q.next()) out.push_back(decodeSecretChoice(q.value(0).toByteArray()));
    return out;
}

void PollTable::storeBallot(const std::string &meetingId, const std::string &pollId,
                            const domain::BallotReceipt &receipt) {
    if (!receipt.replaced)
        s_.write(QStringLiteral("INSERT INTO poll_voted(meeting_id, poll_id, person_id, cast_by) VALUES(?,?,?,?)"),
                {qs(meetingId), qs(pollId), qs(receipt.voter), qs(receipt.castBy)});
    if (const auto *named = std::get_if<domain::NamedBallot>(&receipt.record)) {
        if (receipt.replaced) {
            s_.write(QStringLiteral("UPDATE poll_voted SET cast_by = ? WHERE meeting_id = ? AND poll_id = ? AND person_id = ?"),
                    {qs(named->castBy), qs(meetingId), qs(pollId), qs(named->voter)});
            s_.write(QStringLiteral("DELETE FROM named_ballots WHERE meeting_id = ? AND poll_id = ? AND person_id = ?"),
                    {qs(meetingId), qs(pollId), qs(named->voter)});
        }
        s_.write(QStringLiteral("INSERT INTO named_ballots(meeting_id, poll_id, person_id, cast_by, selection, weight, "
                               "cast_ms) VALUES(?,?,?,?,?,?,?)"),
                {qs(meetingId), qs(pollId), qs(named->voter), qs(named->castBy), qs(selectionText(named->selection)),
                 toSql(named->weight), qint64(named->castAtMs)});
        return;
    }
    const auto &anonymous = std::get<domain::AnonymousBallot>(receipt.record);
    if (receipt.replaced) throw StoreError("a secret ballot cannot replace another");
    // A slot chosen uniformly at random among the empty ones (randombytes_uniform: the
    // kernel's CSPRNG, no modulo bias), filled in place: see Schema.cpp, version 5.
    const auto empty = s_.scalar(QStringLiteral("SELECT count(*) FROM secret_choices WHERE meeting_id = ? "
                                                "AND poll_id = ? AND filled = 0"),
                                 {qs(meetingId), qs(pollId)}).toLongLong();
    if (empty <= 0 || empty > std::numeric_limits<std::uint32_t>::max())
        throw StoreError("poll " + pollId + " has no empty secret ballot slot left");
    const auto pick = randombytes_uniform(static_cast<std::uint32_t>(empty));
    const auto key = s_.scalar(QStringLiteral("SELECT ballot_key FROM secret_choices WHERE meeting_id = ? "
                                              "AND poll_id = ? AND filled = 0 ORDER BY ballot_key LIMIT 1 OFFSET ?"),
                               {qs(meetingId), qs(pollId), qint64(pick)});
    if (s_.write(QStringLiteral("UPDATE secret_choices SET filled = 1, choice = ? WHERE meeting_id = ? "
                                    "AND poll_id = ? AND ballot_key = ? AND filled = 0"),
                     {encodeSecretChoice(anonymous.selection, anonymous.weight), qs(meetingId), qs(pollId), key}) != 1) throw StoreError("poll " + pollId + ": the secret ballot slot was not empty");
}

domain::PollRecord PollTable::record(const std::string &meetingId, const PollRow &row) {
    domain::PollRecord r;
    r.state = row.state;
    r.proxies = proxies(meetingId, row.id);
    r.quorumAtOpen = row.quorumAtOpen;
    r.openedAtMs = row.openedMs;
    r.closedAtMs = row.closedMs;
    if (row.state == PollState::Closed || row.state == PollState::Published || row.closedMs)
        r.eligibleAtClose = eligibleAtClose(meetingId, row.id);
    r.voted = voted(meetingId, row.id);
    if (row.mode == PollMode::Secret) r.anonymous = anonymousBallots(meetingId, row.id);
    else r.named = namedBallots(meetingId, row.id);
    return r;
}

} // namespace ecabinet::hub
