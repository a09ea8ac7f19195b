// The enrolment file (device.json) written by ecabinet-enroll: who this device
// is, its CURVE key pair and where its hub listens.
#pragma once

#include "common/Result.h"

#include <QString>

namespace ecabinet::client {

struct DeviceConfig {
    QString name;           // device id on the hub, e.g. "seat-01"
    QString kind;           // "seat" or "console"
    QByteArray publicKey;   // Z85, 40 characters
    QByteArray secretKey;   // Z85, 40 characters
    QByteArray hubPublicKey;
    QString hubHost;
    int commandPort = 0;
    int eventPort = 0;
    int blobPort = 0;
    // Cache management (issue 5), optional in device.json:
    //   "cache_max_mb" (default 4096; 0 = no limit), "cache_max_age_days" (90; 0 = never),
    //   "wipe_after_days" (30: a tablet that has not reached its hub for longer wipes itself
    //   at start; 0 = never).
    qint64 cacheMaxBytes = 4096LL << 20;
    qint64 cacheMaxAgeMs = 90LL * 24 * 3600 * 1000;
    qint64 wipeAfterMs = 30LL * 24 * 3600 * 1000;

    QString endpoint(int port) const;
};

// Reads and validates device.json; the error names the file and the field.
Result<DeviceConfig, QString> loadDeviceConfig(const QString &path);

} // namespace ecabinet::client
