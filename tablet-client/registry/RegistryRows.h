// Registry replies (registry.proto) as the rows of RegistryModels.h, with the
// translated texts a desk shows (context "RegistryRows"). GUI-thread helpers,
// no I/O.
#pragma once

#include "registry.pb.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVariantMap>

namespace ecabinet::client::rows {

QDateTime fromMs(qint64 ms);               // invalid for 0
QDate parseDate(const std::string &text);  // "YYYY-MM-DD" or "YYYY-MM-DD HH:MM" → the date
QString dateText(const std::string &deadline); // local short date (+ time when given)

QString stateName(wire::TaskStateWire state);   // "assigned", ... (domain names)
QString stateText(wire::TaskStateWire state);   // translated
QString actionName(wire::TaskActionWire action);
QString actionText(wire::TaskActionWire action);
QString roleName(wire::TaskRoleWire role);
QString lightName(wire::TrafficLightWire light);

QVariantMap directive(const wire::DirectiveSummary &d, const QString &issuerName);
QVariantMap task(const wire::TaskView &t, const QString &leadName, const QString &coordinatingNames);
QVariantMap logEntry(const wire::TaskLogEntry &e);
QVariantMap comment(const wire::TaskLogEntry &e, const QString &unitName, bool mine);
QVariantMap conclusion(const wire::Conclusion &c);
QVariantMap unit(const wire::Unit &u);
QVariantMap unitStatistics(const wire::UnitStatistics &s);
QVariantMap directiveStatistics(const wire::DirectiveStatistics &s);
QVariantMap totals(const wire::Statistics &s);

} // namespace ecabinet::client::rows
