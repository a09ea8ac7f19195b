// The minutes of a meeting ("BIÊN BẢN CUỘC HỌP") assembled from its record: pure data in,
// the document model out (OfficialDocument); no fonts, no files, so it is unit-tested
// (MinutesDocumentTest). writePdf(minutesDocument(...)) prints it.
//
// Content, in Vietnamese as the record is kept:
//   I.   Time and place (opened / closed at, local time of the meeting, UTC+07:00 by default).
//   II.  Attendance: chair, secretary; a table of every member with position, role and
//        present / absent (present = checked in at some time during the meeting); the counts.
//   III. Content, per agenda item: presenter; speakers in the order the floor was given;
//        every vote on the item (question, the tally per option, the majority rule and what
//        it required, the verdict, the quorum at opening); the approved conclusions (and by
//        which vote). Votes attached to no item follow the agenda.
//   IV.  Closing: closing time, the event log's head (seq and SHA-256) that anchors the record.
// Signed by the secretary (left) and the chair (right). A meeting not yet closed prints as a
// draft ("DỰ THẢO", no "(Đã ký)").
#pragma once

#include "ecabinet.pb.h"
#include "print/OfficialDocument.h"

#include <QStringList>

namespace ecabinet::print {

struct MinutesOptions {
    QStringList agency = {QStringLiteral("ỦY BAN NHÂN DÂN")}; // issuing body, upper case
    QString number;          // "" prints "Số:      /BB" for numbering by hand
    QString place;           // locality before the date, e.g. "Sơn Hà" ("" = the date alone)
    int utcOffsetMinutes = 7 * 60;
};

OfficialDocument minutesDocument(const wire::MinutesRecord &record, const MinutesOptions &options = {});

// Texts the minutes use, exposed for the tests and the console.
QString roleText(wire::Role role);             // "Chủ tọa", "Thư ký", "Đại biểu", "Khách mời", "Quan sát viên"
QString verdictText(wire::Verdict verdict);    // "Thông qua", "Không thông qua", ...
QString majorityText(const wire::MajorityRule &rule); // "quá 1/2 tổng số thành viên có quyền biểu quyết"

} // namespace ecabinet::print
