#include "store/Devices.h"

#include "store/Store.h"

namespace ecabinet::hub {

namespace {

const QString kColumns = QStringLiteral("name, kind, public_key, status, added_ms, approved_ms, revoked_ms");

std::optional<std::int64_t> optionalMs(const QVariant &v) {
    if (v.isNull()) return std::nullopt;
    return v.toLongLong();
}

DeviceRow rowFrom(const SqlRow &q) {
    return {ss(q.value(0)), ss(q.value(1)), ss(q.value(2)), ss(q.value(3)), q.value(4).toLongLong(),
            optionalMs(q.value(5)), optionalMs(q.value(6))};
}

} // namespace

std::optional<DeviceRow> DeviceTable::byName(const std::string &name) {
    return s_.first(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM devices WHERE name = ?"), {qs(name)},
                    [&](const SqlRow &q) { return rowFrom(q); });
}

std::optional<std::string> DeviceTable::status(const std::string &name) {
    return s_.first(QStringLiteral("SELECT status FROM devices WHERE name = ?"), {qs(name)},
                    [](const SqlRow &q) { return ss(q.value(0)); });
}

std::optional<DeviceRow> DeviceTable::byKey(const std::string &key) {
    return s_.first(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM devices WHERE public_key = ?"),
                     {qs(key)},
                    [&](const SqlRow &q) { return rowFrom(q); });
}

std::vector<DeviceRow> DeviceTable::all() {
    std::vector<DeviceRow> out;
    auto q = s_.exec(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM devices ORDER BY name"));
    while (q.next()) out.push_back(rowFrom(q));
    return out;
}

void DeviceTable::add(const std::string &name, const std::string &kind, const std::string &key, std::int64_t nowMs) {
    s_.write(QStringLiteral("INSERT INTO devices(name, kind, public_key, status, added_ms) VALUES(?,?,?,'pending',?)"),
            {qs(name), qs(kind), qs(key), qint64(nowMs)});
}

void DeviceTable::approve(const std::string &name, std::int64_t nowMs) {
    if (s_.write(QStringLiteral("UPDATE devices SET status = 'approved', approved_ms = ? "
                                    "WHERE name = ? AND status = 'pending'"),
                     {qint64(nowMs), qs(name)}) != 1) throw StoreError("device " + name + " is not pending approval");
}

void DeviceTable::revoke(const std::string &name, std::int64_t nowMs) {
    if (s_.write(QStringLiteral("UPDATE devices SET status = 'revoked', revoked_ms = ? "
                                    "WHERE name = ? AND status <> 'revoked'"),
                     {qint64(nowMs), qs(name)}) != 1) throw StoreError("device " + name + " is unknown or already revoked");
}

} // namespace ecabinet::hub
