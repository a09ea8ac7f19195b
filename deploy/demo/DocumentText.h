// Small helpers for writing document texts in UTF-8 source (internal to deploy/demo).
#pragma once

#include "DemoMeeting.h" // the document model (print::) under demo:: names

#include <initializer_list>

namespace ecabinet::demo::text {

inline Heading h1(const char *t) { return {QString::fromUtf8(t), 1}; }
inline Heading h2(const char *t) { return {QString::fromUtf8(t), 2}; }
inline Heading h3(const char *t) { return {QString::fromUtf8(t), 3}; }
inline Paragraph p(const char *t) { return {QString::fromUtf8(t)}; }
inline QString u(const char *t) { return QString::fromUtf8(t); }
inline QStringList L(std::initializer_list<const char *> items) {
    QStringList out;
    for (const char *i : items) out << QString::fromUtf8(i);
    return out;
}

inline const QStringList &ubnd() {
    static const QStringList a = L({"ỦY BAN NHÂN DÂN", "TỈNH SƠN HÀ"});
    return a;
}
inline QString placeDate(int day) { return u("Sơn Hà, ngày %1 tháng 11 năm 2026").arg(day); }
inline Signer vice(const char *title, const char *name) {
    return {L({"TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", title}), QString::fromUtf8(name)};
}

} // namespace ecabinet::demo::text
