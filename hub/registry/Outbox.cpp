#include "registry/Outbox.h"

#include "store/Store.h"

#include <google/protobuf/io/coded_stream.h>
#include <google/protobuf/io/zero_copy_stream_impl_lite.h>

#include <algorithm>
#include <stdexcept>

namespace ecabinet::hub::registry {

namespace {

std::string serialize(const wire::ConclusionHandoff &h) {
    std::string out;
    google::protobuf::io::StringOutputStream stream(&out);
    google::protobuf::io::CodedOutputStream coded(&stream);
    coded.SetSerializationDeterministic(true);
    h.SerializeToCodedStream(&coded);
    coded.Trim();
    return out;
}

OutboxRow rowFrom(const SqlRow &q) {
    OutboxRow r;
    r.id = q.value(0).toLongLong();
    r.createdMs = q.value(1).toLongLong();
    const std::string payload = sb(q.value(2));
    if (!r.handoff.ParseFromString(payload))
        throw StoreError("registry_outbox row " + std::to_string(r.id) + " holds an unreadable payload");
    if (!q.value(3).isNull()) r.deliveredMs = q.value(3).toLongLong();
    r.attempts = q.value(4).toInt();
    r.nextAttemptMs = q.value(5).toLongLong();
    r.lastError = ss(q.value(6));
    return r;
}

const char *kColumns = "id, created_ms, payload, delivered_ms, attempts, next_attempt_ms, last_error";

// Runs `body` in the caller's transaction, or in a short one of its own.
template <typename F>
void inTransaction(Store &s, F &&body) {
    if (s.inTransaction()) {
        body();
        return;
    }
    Store::Transaction tx(s);
    body();
    tx.commit();
}

} // namespace

Outbox::Outbox(Store &store) : store_(store) {}

std::int64_t Outbox::enqueue(const wire::ConclusionHandoff &handoff, std::int64_t nowMs) {
    if (!store_.inTransaction())
        throw StoreError("Outbox::enqueue needs the caller's open transaction (the approval and its hand-off commit together)");
    if (handoff.hub_id().empty() || handoff.conclusion_id().empty())
        throw std::invalid_argument("a conclusion hand-off needs hub_id and conclusion_id");
    store_.exec(QStringLiteral("INSERT INTO registry_outbox(created_ms, kind, dedupe_key, payload, next_attempt_ms) "
                               "VALUES(?, 'conclusion', ?, ?, ?) ON CONFLICT(kind, dedupe_key) DO NOTHING"),
                {QVariant::fromValue<qint64>(nowMs), qs(handoff.conclusion_id()), qb(serialize(handoff)),
                 QVariant::fromValue<qint64>(nowMs)});
    return store_
        .scalar(QStringLiteral("SELECT id FROM registry_outbox WHERE kind = 'conclusion' AND dedupe_key = ?"),
                {qs(handoff.conclusion_id())})
        .toLongLong();
}

std::vector<OutboxRow> Outbox::due(std::int64_t nowMs, std::size_t limit) {
    auto q = store_.exec(QStringLiteral("SELECT %1 FROM registry_outbox WHERE delivered_ms IS NULL AND "
                                        "next_attempt_ms <= ? ORDER BY next_attempt_ms, id LIMIT ?")
                             .arg(QLatin1String(kColumns)),
                         {QVariant::fromValue<qint64>(nowMs), QVariant::fromValue<qint64>(static_cast<qint64>(limit))});
    std::vector<OutboxRow> out;
    while (q.next()) out.push_back(rowFrom(q));
    return out;
}

std::vector<OutboxRow> Outbox::all() {
    auto q = store_.exec(QStringLiteral("SELECT %1 FROM registry_outbox ORDER BY id").arg(QLatin1String(kColumns)));
    std::vector<OutboxRow> out;
    while (q.next()) out.push_back(rowFrom(q));
    return out;
}

std::optional<std::int64_t> Outbox::nextDueMs() {
    const QVariant v = store_.scalar(
        QStringLiteral("SELECT min(next_attempt_ms) FROM registry_outbox WHERE delivered_ms IS NULL"));
    if (!v.isValid() || v.isNull()) return std::nullopt;
    return v.toLongLong();
}

void Outbox::markDelivered(const std::vector<std::int64_t> &ids, std::int64_t nowMs) {
    inTransaction(store_, [&] {
        for (auto id : ids)
            store_.exec(QStringLiteral("UPDATE registry_outbox SET delivered_ms = ?, attempts = attempts + 1, "
                                       "last_error = '' WHERE id = ? AND delivered_ms IS NULL"),
                        {QVariant::fromValue<qint64>(nowMs), QVariant::fromValue<qint64>(id)});
    });
}

void Outbox::markFailed(const std::vector<std::int64_t> &ids, std::int64_t nowMs, const std::string &error) {
    inTransaction(store_, [&] {
        for (auto id : ids) {
            const int attempts = store_.scalar(QStringLiteral("SELECT attempts FROM registry_outbox WHERE id = ?"),
                                               {QVariant::fromValue<qint64>(id)})
                                     .toInt() + 1;
            store_.exec(QStringLiteral("UPDATE registry_outbox SET attempts = ?, next_attempt_ms = ?, last_error = ? "
                                       "WHERE id = ? AND delivered_ms IS NULL"),
                        {attempts, QVariant::fromValue<qint64>(nowMs + backoffMs(attempts)), qs(error),
                         QVariant::fromValue<qint64>(id)});
        }
    });
}

OutboxCounts Outbox::counts() {
    OutboxCounts c;
    auto q = store_.exec(QStringLiteral(
        "SELECT sum(CASE WHEN delivered_ms IS NULL THEN 1 ELSE 0 END), "
        "sum(CASE WHEN delivered_ms IS NULL THEN 0 ELSE 1 END), "
        "min(CASE WHEN delivered_ms IS NULL THEN created_ms END) FROM registry_outbox"));
    if (q.next()) {
        c.pending = static_cast<std::uint64_t>(q.value(0).toLongLong());
        c.delivered = static_cast<std::uint64_t>(q.value(1).toLongLong());
        if (!q.value(2).isNull()) c.oldestPendingMs = q.value(2).toLongLong();
    }
    c.lastError = ss(store_.scalar(QStringLiteral(
        "SELECT last_error FROM registry_outbox WHERE delivered_ms IS NULL AND last_error <> '' "
        "ORDER BY next_attempt_ms DESC LIMIT 1")));
    return c;
}

std::int64_t Outbox::backoffMs(int attempts) {
    if (attempts <= 0) return 0;
    const int shift = std::min(attempts - 1, 6); // 1, 2, 4, ... 64 s, then the cap
    return std::min<std::int64_t>(std::int64_t{1000} << shift, 60'000);
}

} // namespace ecabinet::hub::registry
