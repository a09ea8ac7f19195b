#include "print/MinutesDocument.h"

#include <QDateTime>

#include <map>

namespace ecabinet::print {

namespace {

QString q(const std::string &s) { return QString::fromStdString(s); }

QDateTime local(std::int64_t ms, int offsetMinutes) {
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::OffsetFromUTC, offsetMinutes * 60);
}

// "08 giờ 30 phút, ngày 23 tháng 11 năm 2026"
QString when(std::int64_t ms, int offsetMinutes) {
    const auto t = local(ms, offsetMinutes);
    return QStringLiteral("%1 giờ %2 phút, ngày %3 tháng %4 năm %5")
        .arg(t.time().hour(), 2, 10, QLatin1Char('0'))
        .arg(t.time().minute(), 2, 10, QLatin1Char('0'))
        .arg(t.date().day(), 2, 10, QLatin1Char('0'))
        .arg(t.date().month(), 2, 10, QLatin1Char('0'))
        .arg(t.date().year());
}

// Decree 30: the locality (not the room) and the date, "Sơn Hà, ngày 23 tháng 11 năm 2026".
QString placeDate(const wire::MinutesRecord &r, const QString &locality, int offsetMinutes) {
    const std::int64_t ms = r.opened_at_ms() > 0 ? r.opened_at_ms() : r.meeting().starts_at_ms();
    const auto d = local(ms, offsetMinutes).date();
    const QString place = locality.isEmpty() ? QString() : locality + QStringLiteral(", ");
    return place + QStringLiteral("ngày %1 tháng %2 năm %3")
                       .arg(d.day(), 2, 10, QLatin1Char('0'))
                       .arg(d.month(), 2, 10, QLatin1Char('0'))
                       .arg(d.year());
}

QString personText(const wire::Member &m) {
    return m.position().empty() ? q(m.name()) : QStringLiteral("%1, %2").arg(q(m.name()), q(m.position()));
}

QString optionLabel(const wire::PollView &p, int index) {
    if (p.definition().kind() == wire::POLL_KIND_YES_NO_ABSTAIN) {
        static const QStringList labels = {QStringLiteral("Tán thành"), QStringLiteral("Không tán thành"),
                                           QStringLiteral("Không biểu quyết")};
        if (index >= 0 && index < labels.size()) return labels[index];
    }
    return index >= 0 && index < p.definition().options_size() ? q(p.definition().options(index)) : QString();
}

QString quorumText(const wire::QuorumCheck &c) {
    return c.reached() ? QStringLiteral("Đủ túc số: %1/%2 thành viên có quyền biểu quyết có mặt (cần %3).")
                             .arg(c.present()).arg(c.entitled()).arg(c.required())
                       : QStringLiteral("Không đủ túc số: %1/%2 thành viên có quyền biểu quyết có mặt (cần %3).")
                             .arg(c.present()).arg(c.entitled()).arg(c.required());
}

QString modeText(wire::PollMode m) {
    switch (m) {
    case wire::POLL_MODE_OPEN: return QStringLiteral("công khai");
    case wire::POLL_MODE_NAMED: return QStringLiteral("ghi danh");
    case wire::POLL_MODE_SECRET: return QStringLiteral("bỏ phiếu kín");
    default: return {};
    }
}

void addPoll(QList<Block> &body, const wire::PollView &p) {
    const auto status = p.status();
    QString head = QStringLiteral("Biểu quyết (%1): %2").arg(modeText(p.definition().mode()), q(p.definition().question()));
    if (status == wire::POLL_STATUS_CANCELLED) {
        body.append(Paragraph{head + QStringLiteral(" — đã hủy.")});
        return;
    }
    if (!p.has_result()) {
        body.append(Paragraph{head + QStringLiteral(" — chưa kết thúc biểu quyết.")});
        return;
    }
    body.append(Paragraph{head});
    const auto &res = p.result();
    Table t;
    t.header = {QStringLiteral("Phương án"), QStringLiteral("Số phiếu"), QStringLiteral("Số phiếu theo trọng số")};
    t.widths = {5.0, 1.6, 2.4};
    for (int i = 0; i < res.tally().options_size(); ++i)
        t.rows.append({optionLabel(p, i), QString::number(res.tally().options(i).count()),
                       QString::number(res.tally().options(i).weight())});
    if (res.tally().blank().count() > 0)
        t.rows.append({QStringLiteral("Phiếu trắng"), QString::number(res.tally().blank().count()),
                       QString::number(res.tally().blank().weight())});
    t.rows.append({QStringLiteral("*Tổng số phiếu"), QString::number(res.tally().ballots()),
                   QString::number(res.tally().ballot_weight())});
    body.append(t);
    QString outcome = QStringLiteral("Kết quả: %1. Điều kiện thông qua: %2 (cần %3/%4).")
                          .arg(verdictText(res.verdict()), majorityText(p.definition().majority()))
                          .arg(res.required())
                          .arg(res.base_total());
    if (res.has_quorum_at_open()) outcome += QStringLiteral(" ") + quorumText(res.quorum_at_open());
    if (status == wire::POLL_STATUS_CLOSED) outcome += QStringLiteral(" (Kết quả chưa được công bố.)");
    body.append(Paragraph{outcome});
}

} // namespace

QString roleText(wire::Role role) {
    switch (role) {
    case wire::ROLE_CHAIR: return QStringLiteral("Chủ tọa");
    case wire::ROLE_SECRETARY: return QStringLiteral("Thư ký");
    case wire::ROLE_DELEGATE: return QStringLiteral("Đại biểu");
    case wire::ROLE_GUEST: return QStringLiteral("Khách mời");
    case wire::ROLE_OBSERVER: return QStringLiteral("Quan sát viên");
    default: return {};
    }
}

QString verdictText(wire::Verdict verdict) {
    switch (verdict) {
    case wire::VERDICT_PASSED: return QStringLiteral("THÔNG QUA");
    case wire::VERDICT_FAILED: return QStringLiteral("KHÔNG THÔNG QUA");
    case wire::VERDICT_TIE: return QStringLiteral("KHÔNG THÔNG QUA (số phiếu ngang nhau)");
    default: return QStringLiteral("chưa có kết quả");
    }
}

QString majorityText(const wire::MajorityRule &m) {
    if (m.simple()) return QStringLiteral("đa số phiếu (số phiếu tán thành nhiều hơn số phiếu không tán thành)");
    QString base;
    switch (m.base()) {
    case wire::MAJORITY_BASE_CAST: base = QStringLiteral("số phiếu tán thành và không tán thành"); break;
    case wire::MAJORITY_BASE_CAST_WITH_ABSTAIN: base = QStringLiteral("số phiếu đã bỏ"); break;
    case wire::MAJORITY_BASE_PRESENT: base = QStringLiteral("số thành viên có quyền biểu quyết có mặt"); break;
    case wire::MAJORITY_BASE_ENTITLED: base = QStringLiteral("tổng số thành viên có quyền biểu quyết"); break;
    default: break;
    }
    const QString cmp = m.comparison() == wire::COMPARISON_AT_LEAST ? QStringLiteral("ít nhất") : QStringLiteral("quá");
    return QStringLiteral("%1 %2/%3 %4").arg(cmp).arg(m.num()).arg(m.den()).arg(base);
}

OfficialDocument minutesDocument(const wire::MinutesRecord &r, const MinutesOptions &o) {
    const int tz = o.utcOffsetMinutes;
    OfficialDocument doc;
    doc.id = q(r.meeting().id());
    doc.title = QStringLiteral("Biên bản: ") + q(r.meeting().title());
    doc.agency = o.agency.isEmpty() ? QStringList{QStringLiteral("ỦY BAN NHÂN DÂN")} : o.agency;
    doc.number = o.number.isEmpty() ? QStringLiteral("Số:       /BB") : QStringLiteral("Số: ") + o.number;
    doc.placeDate = placeDate(r, o.place, tz);
    doc.draft = r.closed_at_ms() == 0;
    doc.kind = QStringLiteral("BIÊN BẢN");
    doc.subject = {q(r.meeting().title())};
    auto &body = doc.body;

    const wire::Member *chair = nullptr, *secretary = nullptr;
    for (const auto &a : r.attendees()) {
        if (a.member().role() == wire::ROLE_CHAIR && (!chair || (a.member().present() && !chair->present())))
            chair = &a.member();
        if (a.member().role() == wire::ROLE_SECRETARY && (!secretary || (a.member().present() && !secretary->present())))
            secretary = &a.member();
    }

    body.append(Heading{QStringLiteral("I. THỜI GIAN, ĐỊA ĐIỂM"), 1});
    body.append(Paragraph{r.opened_at_ms() > 0 ? QStringLiteral("Thời gian: bắt đầu lúc %1.").arg(when(r.opened_at_ms(), tz))
                                               : QStringLiteral("Thời gian: dự kiến %1 (cuộc họp chưa khai mạc).")
                                                     .arg(when(r.meeting().starts_at_ms(), tz))});
    if (!r.meeting().location().empty())
        body.append(Paragraph{QStringLiteral("Địa điểm: %1.").arg(q(r.meeting().location()))});

    body.append(Heading{QStringLiteral("II. THÀNH PHẦN THAM DỰ"), 1});
    if (chair) body.append(Paragraph{QStringLiteral("Chủ tọa: %1.").arg(personText(*chair))});
    if (secretary) body.append(Paragraph{QStringLiteral("Thư ký: %1.").arg(personText(*secretary))});
    int present = 0, entitled = 0, entitledPresent = 0;
    Table att;
    att.caption = QStringLiteral("DANH SÁCH THÀNH VIÊN");
    att.header = {QStringLiteral("TT"), QStringLiteral("Họ và tên"), QStringLiteral("Chức vụ"), QStringLiteral("Vai trò"),
                  QStringLiteral("Tham dự")};
    att.widths = {0.6, 2.8, 3.6, 1.5, 1.4};
    int n = 0;
    for (const auto &a : r.attendees()) {
        const auto &m = a.member();
        present += m.present() ? 1 : 0;
        entitled += m.entitled() ? 1 : 0;
        entitledPresent += m.entitled() && m.present() ? 1 : 0;
        att.rows.append({QString::number(++n), q(m.name()), q(m.position()), roleText(m.role()),
                         m.present() ? QStringLiteral("Có mặt") : QStringLiteral("Vắng mặt")});
    }
    att.note = QStringLiteral("Có mặt %1/%2 thành viên; thành viên có quyền biểu quyết có mặt %3/%4.")
                   .arg(present).arg(r.attendees_size()).arg(entitledPresent).arg(entitled);
    body.append(att);

    body.append(Heading{QStringLiteral("III. NỘI DUNG CUỘC HỌP"), 1});
    std::map<std::string, int> itemIndex;
    for (int i = 0; i < r.agenda_size(); ++i) itemIndex[r.agenda(i).id()] = i;
    for (const auto &item : r.agenda()) {
        body.append(Heading{QStringLiteral("%1. %2").arg(q(item.number()), q(item.title())), 2});
        if (!item.presenter().empty()) body.append(Paragraph{QStringLiteral("Trình bày: %1.").arg(q(item.presenter()))});
        QStringList speakers;
        for (const auto &s : r.speeches())
            if (s.agenda_item_id() == item.id())
                speakers.append(q(s.name()) + (s.point_of_order() ? QStringLiteral(" (kiến nghị về thủ tục)") : QString()));
        body.append(Paragraph{speakers.isEmpty() ? QStringLiteral("Ý kiến phát biểu: không có.")
                                                 : QStringLiteral("Ý kiến phát biểu: %1.").arg(speakers.join(QStringLiteral("; ")))});
        for (const auto &p : r.polls())
            if (p.definition().agenda_item_id() == item.id()) addPoll(body, p);
        QStringList conclusions;
        for (const auto &c : r.conclusions()) {
            if (c.agenda_item_id() != item.id()) continue;
            QString line = q(c.text());
            for (const auto &p : r.polls())
                if (!c.poll_id().empty() && p.id() == c.poll_id())
                    line += QStringLiteral(" (Thông qua bằng biểu quyết: %1)").arg(q(p.definition().question()));
            conclusions.append(line);
        }
        if (conclusions.isEmpty()) {
            body.append(Paragraph{QStringLiteral("Kết luận: không có kết luận được thông qua.")});
        } else {
            body.append(Heading{QStringLiteral("Kết luận:"), 3});
            for (int i = 0; i < conclusions.size(); ++i)
                body.append(Paragraph{QStringLiteral("%1) %2").arg(QChar(u'a' + (i % 26)), conclusions[i])});
        }
    }
    bool others = false;
    for (const auto &p : r.polls()) {
        if (itemIndex.count(p.definition().agenda_item_id())) continue;
        if (!others) body.append(Heading{QStringLiteral("Biểu quyết khác"), 2});
        others = true;
        addPoll(body, p);
    }

    body.append(Heading{QStringLiteral("IV. KẾT THÚC"), 1});
    body.append(Paragraph{r.closed_at_ms() > 0 ? QStringLiteral("Cuộc họp kết thúc lúc %1.").arg(when(r.closed_at_ms(), tz))
                                               : QStringLiteral("Cuộc họp chưa kết thúc; biên bản này là dự thảo.")});
    if (r.last_seq() > 0)
        body.append(Paragraph{QStringLiteral("Nhật ký sự kiện của cuộc họp: %1 sự kiện; mã băm SHA-256 của sự kiện cuối: %2.")
                                  .arg(r.last_seq())
                                  .arg(q(r.last_hash()))});

    doc.leftSigner = {{QStringLiteral("THƯ KÝ")}, secretary ? q(secretary->name()) : QString()};
    doc.signer = {{QStringLiteral("CHỦ TỌA")}, chair ? q(chair->name()) : QString()};
    doc.creator = QStringLiteral("E-cabinet (biên bản)");
    return doc;
}

} // namespace ecabinet::print
