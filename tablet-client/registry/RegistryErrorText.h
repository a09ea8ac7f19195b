// The registry's refusals as text a person at a dispatch desk can act on,
// translated (context "RegistryErrorText").
#pragma once

#include "ecabinet.pb.h"

#include <QString>

namespace ecabinet::client {

QString registryErrorText(const wire::Error &error);
// A request that got no answer for a long time (registry unreachable).
QString registryUnreachableText();

} // namespace ecabinet::client
