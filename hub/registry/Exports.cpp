// Exports: CSV (UTF-8 with BOM, CRLF, RFC 4180 quoting) of the statistics and the task list,
// and an RFC 5545 iCalendar of task deadlines (lines folded at 75 octets, CRLF).
#include "registry/RegistryHandlers.h"

#include <QDateTime>

namespace ecabinet::hub::registry {

namespace {

std::string csvField(const std::string &v) {
    if (v.find_first_of(",\"\r\n") == std::string::npos) return v;
    std::string out = "\"";
    for (char ch : v) {
        if (ch == '"') out += '"';
        out += ch;
    }
    return out + "\"";
}

struct Csv {
    std::string text = "\xEF\xBB\xBF"; // BOM: spreadsheet programs then read UTF-8 as UTF-8
    void row(const std::vector<std::string> &fields) {
        for (std::size_t i = 0; i < fields.size(); ++i) {
            if (i) text += ',';
            text += csvField(fields[i]);
        }
        text += "\r\n";
    }
};

std::string n(std::uint64_t v) { return std::to_string(v); }
std::string pct(std::int32_t p) { return p < 0 ? std::string() : std::to_string(p); }

const char *className(wire::ReadClassWire c) {
    switch (c) {
    case wire::READ_CLASS_READ_ALL: return "Đã đọc hết";
    case wire::READ_CLASS_SOME_UNREAD: return "Còn chưa đọc";
    case wire::READ_CLASS_NONE_READ: return "Chưa đọc văn bản nào";
    default: return "Không có văn bản";
    }
}

const char *stateName(wire::TaskStateWire s) {
    switch (s) {
    case wire::TASK_STATE_ASSIGNED: return "Đã giao";
    case wire::TASK_STATE_ACKNOWLEDGED: return "Đã nhận";
    case wire::TASK_STATE_IN_PROGRESS: return "Đang thực hiện";
    case wire::TASK_STATE_REPORTED: return "Đã báo cáo";
    case wire::TASK_STATE_RETURNED: return "Bị trả lại";
    case wire::TASK_STATE_DONE: return "Hoàn thành";
    default: return "";
    }
}

const char *lightName(wire::TrafficLightWire l) {
    return l == wire::TRAFFIC_LIGHT_RED ? "Đỏ" : l == wire::TRAFFIC_LIGHT_YELLOW ? "Vàng" : "Xanh";
}

// RFC 5545 §3.3.11 TEXT escaping and §3.1 folding (75 octets, not splitting a UTF-8 sequence).
std::string icsText(const std::string &v) {
    std::string out;
    for (char ch : v) {
        if (ch == '\\' || ch == ';' || ch == ',') { out += '\\'; out += ch; }
        else if (ch == '\n') out += "\\n";
        else if (ch != '\r') out += ch;
    }
    return out;
}

void icsLine(std::string &out, const std::string &line) {
    std::size_t start = 0, width = 75;
    while (line.size() - start > width) {
        std::size_t cut = start + width;
        while (cut > start && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) --cut; // not inside a character
        out += line.substr(start, cut - start) + "\r\n ";
        start = cut;
        width = 74; // the leading space counts
    }
    out += line.substr(start) + "\r\n";
}

std::string utcStamp(std::int64_t ms) {
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toStdString();
}

std::string compactDate(const std::string &ymd) { // "2026-12-31" → "20261231"
    std::string out;
    for (char ch : ymd) if (ch != '-') out += ch;
    return out;
}

} // namespace

void exportFile(Ctx &c, const wire::ExportRequest &r, wire::RegistryEnvelope &out) {
    auto *file = out.mutable_export_file();
    const std::string today = domain::formatDate(domain::localDateAt(c.now, c.config.issuerZone));
    switch (r.kind()) {
    case wire::EXPORT_KIND_CSV_UNITS: {
        const auto st = computeStatistics(c, r.filter());
        Csv csv;
        csv.row({"Mã đơn vị", "Đơn vị", "Văn bản nhận", "Đã đọc", "Chưa đọc", "Tình trạng đọc", "Nhiệm vụ chủ trì",
                 "Hoàn thành", "Đang thực hiện", "Quá hạn", "Báo cáo đã nộp", "Báo cáo phải nộp", "Tỷ lệ đúng hạn (%)"});
        for (const auto &u : st.units())
            csv.row({u.unit_id(), u.unit_name(), n(u.sent()), n(u.read()), n(u.sent() - u.read()), className(u.read_class()),
                     n(u.tasks().total()), n(u.tasks().done()), n(u.tasks().in_progress()), n(u.tasks().overdue()),
                     n(u.tasks().reports_in()), n(u.tasks().reports_expected()), pct(u.tasks().on_time_percent())});
        file->set_file_name("thong-ke-don-vi-" + today + ".csv");
        file->set_content_type("text/csv; charset=utf-8");
        file->set_data(csv.text);
        return;
    }
    case wire::EXPORT_KIND_CSV_DIRECTIVES: {
        const auto st = computeStatistics(c, r.filter());
        Csv csv;
        csv.row({"Số", "Ngày", "Trích yếu", "Nơi nhận", "Đã đọc", "Nhiệm vụ", "Hoàn thành", "Quá hạn",
                 "Báo cáo đã nộp", "Báo cáo phải nộp", "Tỷ lệ đúng hạn (%)"});
        for (const auto &d : st.directives())
            csv.row({d.number(), d.issued_date(), d.title(), n(d.recipients()), n(d.read()), n(d.tasks().total()),
                     n(d.tasks().done()), n(d.tasks().overdue()), n(d.tasks().reports_in()), n(d.tasks().reports_expected()),
                     pct(d.tasks().on_time_percent())});
        file->set_file_name("thong-ke-van-ban-" + today + ".csv");
        file->set_content_type("text/csv; charset=utf-8");
        file->set_data(csv.text);
        return;
    }
    case wire::EXPORT_KIND_CSV_TASKS:
    case wire::EXPORT_KIND_ICS_DEADLINES: {
        QString where = QStringLiteral("1 = 1");
        QVariantList b;
        const auto &f = r.filter();
        if (!checkedDate(f.from_date(), "from_date").empty()) { where += QStringLiteral(" AND d.issued_date >= ?"); b << q(f.from_date()); }
        if (!checkedDate(f.to_date(), "to_date").empty()) { where += QStringLiteral(" AND d.issued_date <= ?"); b << q(f.to_date()); }
        if (!f.issuer_code().empty()) { where += QStringLiteral(" AND d.issuer_code = ?"); b << q(f.issuer_code()); }
        if (c.caller.dispatch && !f.unit_id().empty()) { where += QStringLiteral(" AND t.lead_unit = ?"); b << q(f.unit_id()); }
        const auto tasks = loadTaskViews(c, where, b, QStringLiteral(" ORDER BY t.due_ms, t.id"));
        if (r.kind() == wire::EXPORT_KIND_CSV_TASKS) {
            Csv csv;
            csv.row({"Số văn bản", "Mã nhiệm vụ", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Lãnh đạo phụ trách",
                     "Hạn", "Trạng thái", "Quá hạn", "Đèn", "Báo cáo gần nhất"});
            for (const auto &t : tasks) {
                std::string coord;
                for (const auto &u : t.coordinating_units()) coord += (coord.empty() ? "" : "; ") + u;
                csv.row({t.directive_number(), t.id(), t.title(), t.lead_unit(), coord, t.responsible_leader(), t.deadline(),
                         stateName(t.state()), t.overdue() ? "Có" : "Không", lightName(t.light()),
                         t.last_report_at_ms() ? utcStamp(t.last_report_at_ms()) : std::string()});
            }
            file->set_file_name("nhiem-vu-" + today + ".csv");
            file->set_content_type("text/csv; charset=utf-8");
            file->set_data(csv.text);
            return;
        }
        std::string ics;
        icsLine(ics, "BEGIN:VCALENDAR");
        icsLine(ics, "VERSION:2.0");
        icsLine(ics, "PRODID:-//E-cabinet//Registry " + c.config.registryId + "//VI");
        icsLine(ics, "CALSCALE:GREGORIAN");
        icsLine(ics, "METHOD:PUBLISH");
        for (const auto &t : tasks) {
            if (t.state() == wire::TASK_STATE_DONE) continue; // only open deadlines belong in a calendar
            icsLine(ics, "BEGIN:VEVENT");
            icsLine(ics, "UID:" + t.id() + "@" + c.config.registryId + ".ecabinet");
            icsLine(ics, "DTSTAMP:" + utcStamp(c.now));
            if (t.deadline().size() == 10) {
                // All day on the deadline's date (in the issuer's zone, as the directive says).
                icsLine(ics, "DTSTART;VALUE=DATE:" + compactDate(t.deadline()));
            } else {
                icsLine(ics, "DTSTART:" + utcStamp(t.due_at_ms()));
            }
            icsLine(ics, "SUMMARY:" + icsText(t.directive_number() + ": " + t.title()));
            icsLine(ics, "DESCRIPTION:" + icsText("Chủ trì: " + t.lead_unit() + "\nLãnh đạo phụ trách: " + t.responsible_leader() +
                                                  "\nTrạng thái: " + stateName(t.state())));
            icsLine(ics, "END:VEVENT");
        }
        icsLine(ics, "END:VCALENDAR");
        file->set_file_name("han-nhiem-vu-" + today + ".ics");
        file->set_content_type("text/calendar; charset=utf-8");
        file->set_data(ics);
        return;
    }
    case wire::EXPORT_KIND_PDF_STATUS:
        throw Refusal(wire::ERROR_NOT_A_REQUEST, "the PDF status report is not available from this registry yet");
    default: throw Refusal(wire::ERROR_NOT_A_REQUEST, "unknown export kind " + std::to_string(r.kind()));
    }
}

} // namespace ecabinet::hub::registry
