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

    QString endpoint(int port) const;
};

// Reads and validates device.json; the error names the file and the field.
Result<DeviceConfig, QString> loadDeviceConfig(const QString &path);

} // namespace ecabinet::client
