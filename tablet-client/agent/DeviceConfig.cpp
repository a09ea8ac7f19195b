#include "agent/DeviceConfig.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <tuple>

namespace ecabinet::client {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("DeviceConfig", text); }

} // namespace

QString DeviceConfig::endpoint(int port) const {
    // IPv6 literals need brackets in a ZeroMQ tcp endpoint.
    const QString host = hubHost.contains(':') ? '[' + hubHost + ']' : hubHost;
    return QStringLiteral("tcp://%1:%2").arg(host).arg(port);
}

Result<DeviceConfig, QString> loadDeviceConfig(const QString &path) {
    if (path.isEmpty())
        return fail(tr("No enrolment file is set: enrol this device with ecabinet-enroll first."));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("Cannot read the enrolment file %1: %2").arg(path, file.errorString()));
    QJsonParseError parseError;
    const auto doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (doc.isNull() || !doc.isObject())
        return fail(tr("The enrolment file %1 is not valid JSON: %2").arg(path, parseError.errorString()));
    const QJsonObject o = doc.object();

    DeviceConfig c;
    QString problem;
    auto text = [&](const char *key) -> QString {
        const auto v = o.value(QLatin1String(key));
        if (!v.isString() || v.toString().isEmpty()) {
            if (problem.isEmpty()) problem = QString::fromLatin1(key);
            return {};
        }
        return v.toString();
    };
    auto key = [&](const char *name) -> QByteArray {
        const QByteArray k = text(name).toLatin1();
        if (problem.isEmpty() && k.size() != 40) problem = QString::fromLatin1(name);
        return k;
    };
    auto port = [&](const char *name) -> int {
        const int p = o.value(QLatin1String(name)).toInt(0);
        if ((p <= 0 || p > 65535) && problem.isEmpty()) problem = QString::fromLatin1(name);
        return p;
    };
    c.name = text("name");
    c.kind = o.value(QLatin1String("kind")).toString(QStringLiteral("seat"));
    c.publicKey = key("public_key");
    c.secretKey = key("secret_key");
    c.hubPublicKey = key("hub_public_key");
    c.hubHost = text("hub_host");
    c.commandPort = port("command_port");
    c.eventPort = port("event_port");
    c.blobPort = port("blob_port");
    if (!problem.isEmpty())
        return fail(tr("The enrolment file %1 has a missing or invalid field \"%2\"; enrol the device again.")
                        .arg(path, problem));
    // Optional cache settings: a wrong value is refused, never silently replaced.
    constexpr qint64 kDayMs = 24LL * 3600 * 1000;
    auto optionalCount = [&](const char *name, qint64 unit, qint64 &out) {
        const auto v = o.value(QLatin1String(name));
        if (v.isUndefined()) return true;
        if (!v.isDouble() || v.toDouble() < 0 || v.toDouble() != double(qint64(v.toDouble()))) return false;
        out = qint64(v.toDouble()) * unit;
        return true;
    };
    for (const auto &[name, unit, out] : {std::tuple<const char *, qint64, qint64 *>{"cache_max_mb", 1LL << 20, &c.cacheMaxBytes},
                                          {"cache_max_age_days", kDayMs, &c.cacheMaxAgeMs},
                                          {"wipe_after_days", kDayMs, &c.wipeAfterMs}})
        if (!optionalCount(name, unit, *out))
            return fail(tr("The enrolment file %1: \"%2\" must be a whole number, 0 or more.")
                            .arg(path, QString::fromLatin1(name)));
    return c;
}

} // namespace ecabinet::client
