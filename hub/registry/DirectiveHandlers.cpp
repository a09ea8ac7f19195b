// Directives: compose + number + publish in one transaction, the inbox, opening (receipts).
#include "registry/RegistryHandlers.h"

#include "domain/DirectiveNumber.h"

#include <set>

namespace ecabinet::hub::registry {

namespace {

bool blank(const std::string &t) { return t.find_first_not_of(" \t\r\n") == std::string::npos; }

[[noreturn]] void invalid(const std::string &what) { throw Refusal(wire::ERROR_INVALID_DIRECTIVE, what); }

const QString kSummaryColumns = QStringLiteral(
    "d.id, d.number, d.year, d.issued_date, d.issuer_unit, d.issuer_code, d.type_code, d.title, d.published_ms, "
    "(SELECT count(*) FROM recipients x WHERE x.directive_id = d.id), "
    "(SELECT count(*) FROM receipts y WHERE y.directive_id = d.id)");

void fillSummary(const QSqlQuery &r, wire::DirectiveSummary &d) {
    d.set_id(s(r.value(0)));
    d.set_number(s(r.value(1)));
    d.set_year(r.value(2).toInt());
    d.set_issued_date(s(r.value(3)));
    d.set_issuer_unit(s(r.value(4)));
    d.set_issuer_code(s(r.value(5)));
    d.set_type_code(s(r.value(6)));
    d.set_title(s(r.value(7)));
    d.set_published_at_ms(r.value(8).toLongLong());
    d.set_recipients(r.value(9).toUInt());
    d.set_read_by(r.value(10).toUInt());
}

// WHERE fragments of the list/statistics filters on directives d.
void dateFilters(const std::string &from, const std::string &to, const std::string &issuer, QString &where,
                 QVariantList &binds) {
    if (!checkedDate(from, "from_date").empty()) {
        where += QStringLiteral(" AND d.issued_date >= ?");
        binds << q(from);
    }
    if (!checkedDate(to, "to_date").empty()) {
        where += QStringLiteral(" AND d.issued_date <= ?");
        binds << q(to);
    }
    if (!issuer.empty()) {
        where += QStringLiteral(" AND d.issuer_code = ?");
        binds << q(issuer);
    }
}

bool unitMayRead(Ctx &c, const std::string &directiveId) {
    return c.db.scalar(QStringLiteral("SELECT count(*) FROM recipients WHERE directive_id = ? AND unit_id = ?"),
                       {q(directiveId), q(c.caller.unitId)}).toInt() > 0;
}

} // namespace

std::string checkedDate(const std::string &text, const char *field) {
    if (text.empty()) return text;
    if (!domain::parseDate(text))
        throw Refusal(wire::ERROR_LIMIT_EXCEEDED, std::string(field) + " '" + text + "' is not a date YYYY-MM-DD");
    return text;
}

void listConclusions(Ctx &c, const wire::ListConclusions &r, wire::RegistryEnvelope &out) {
    requireDispatch(c, "list conclusions");
    QString sql = QStringLiteral(
        "SELECT c.id, c.hub_id, c.conclusion_id, c.meeting_id, c.meeting_title, c.meeting_date, c.item_number, "
        "c.item_title, c.text, c.approved_by, c.approved_at_ms, c.received_ms FROM conclusions c");
    if (r.pending_only())
        sql += QStringLiteral(" WHERE NOT EXISTS (SELECT 1 FROM directive_conclusions x WHERE x.conclusion_id = c.id)");
    sql += QStringLiteral(" ORDER BY c.approved_at_ms DESC, c.id");
    auto rows = c.db.query(sql);
    auto *list = out.mutable_conclusion_list();
    std::vector<wire::Conclusion *> all;
    while (rows.next()) {
        auto *k = list->add_conclusions();
        k->set_id(s(rows.value(0)));
        auto *h = k->mutable_source();
        h->set_hub_id(s(rows.value(1)));
        h->set_conclusion_id(s(rows.value(2)));
        h->set_meeting_id(s(rows.value(3)));
        h->set_meeting_title(s(rows.value(4)));
        h->set_meeting_date(s(rows.value(5)));
        h->set_item_number(s(rows.value(6)));
        h->set_item_title(s(rows.value(7)));
        h->set_text(s(rows.value(8)));
        h->set_approved_by(s(rows.value(9)));
        h->set_approved_at_ms(rows.value(10).toLongLong());
        k->set_received_at_ms(rows.value(11).toLongLong());
        all.push_back(k);
    }
    for (auto *k : all) {
        auto links = c.db.query(QStringLiteral("SELECT directive_id FROM directive_conclusions WHERE conclusion_id = ? "
                                               "ORDER BY directive_id"), {q(k->id())});
        while (links.next()) k->add_directive_ids(s(links.value(0)));
    }
}

void listDirectives(Ctx &c, const wire::ListDirectives &r, wire::RegistryEnvelope &out) {
    const std::uint32_t limit = r.limit() == 0 ? 100 : std::min<std::uint32_t>(r.limit(), 1000);
    QString where = QStringLiteral(" WHERE 1 = 1");
    QVariantList binds;
    dateFilters(r.from_date(), r.to_date(), r.issuer_code(), where, binds);
    auto *list = out.mutable_directive_list();
    if (c.caller.dispatch) {
        list->set_total(c.db.scalar(QStringLiteral("SELECT count(*) FROM directives d") + where, binds).toUInt());
        QVariantList b = binds;
        b << limit << r.offset();
        auto rows = c.db.query(QStringLiteral("SELECT ") + kSummaryColumns + QStringLiteral(
                                   ", (SELECT count(*) FROM tasks t WHERE t.directive_id = d.id) FROM directives d") +
                                   where + QStringLiteral(" ORDER BY d.published_ms DESC, d.id DESC LIMIT ? OFFSET ?"),
                               b);
        while (rows.next()) {
            auto *d = list->add_directives();
            fillSummary(rows, *d);
            d->set_tasks(rows.value(11).toUInt());
        }
        return;
    }
    // A unit's inbox: only directives sent to its unit (recipients_by_unit).
    const QString from = QStringLiteral(" FROM recipients r JOIN directives d ON d.id = r.directive_id "
                                        "LEFT JOIN receipts rc ON rc.directive_id = r.directive_id AND rc.unit_id = r.unit_id");
    QString unitWhere = where + QStringLiteral(" AND r.unit_id = ?");
    QVariantList unitBinds = binds;
    unitBinds << q(c.caller.unitId);
    list->set_unread(c.db.scalar(QStringLiteral("SELECT count(*)") + from + QStringLiteral(" WHERE r.unit_id = ? AND rc.unit_id IS NULL"),
                                 {q(c.caller.unitId)}).toUInt());
    if (r.unread_only()) unitWhere += QStringLiteral(" AND rc.unit_id IS NULL");
    list->set_total(c.db.scalar(QStringLiteral("SELECT count(*)") + from + unitWhere, unitBinds).toUInt());
    QVariantList b = unitBinds;
    b.prepend(q(c.caller.unitId)); // the task count's unit comes first in the statement
    b << limit << r.offset();
    auto rows = c.db.query(QStringLiteral("SELECT ") + kSummaryColumns + QStringLiteral(
                               ", (SELECT count(*) FROM task_units tu WHERE tu.unit_id = ? AND tu.directive_id = d.id), "
                               "rc.first_read_ms, rc.last_read_ms") +
                               from + unitWhere + QStringLiteral(" ORDER BY d.published_ms DESC, d.id DESC LIMIT ? OFFSET ?"),
                           b);
    while (rows.next()) {
        auto *d = list->add_directives();
        fillSummary(rows, *d);
        d->set_tasks(rows.value(11).toUInt());
        d->set_unread(rows.value(12).isNull());
        if (!rows.value(12).isNull()) {
            d->set_first_read_ms(rows.value(12).toLongLong());
            d->set_last_read_ms(rows.value(13).toLongLong());
        }
    }
}

void getDirective(Ctx &c, const wire::GetDirective &r, wire::RegistryEnvelope &out) {
    const std::string id = r.directive_id();
    if (!c.caller.dispatch && !unitMayRead(c, id))
        throw Refusal(wire::ERROR_NOT_FOUND, "no directive " + id + " in your inbox");
    if (!c.caller.dispatch) {
        // The receipt: shared/domain/Receipts::recordRead as one UPSERT (first read = the
        // earliest, last read = the latest, opens + 1).
        c.db.exec(QStringLiteral(
                      "INSERT INTO receipts(directive_id, unit_id, first_read_ms, last_read_ms, first_reader, opens) "
                      "VALUES(?, ?, ?, ?, ?, 1) ON CONFLICT(directive_id, unit_id) DO UPDATE SET "
                      "first_reader = CASE WHEN excluded.first_read_ms < receipts.first_read_ms THEN excluded.first_reader ELSE receipts.first_reader END, "
                      "first_read_ms = CASE WHEN excluded.first_read_ms < receipts.first_read_ms THEN excluded.first_read_ms ELSE receipts.first_read_ms END, "
                      "last_read_ms = CASE WHEN excluded.last_read_ms > receipts.last_read_ms THEN excluded.last_read_ms ELSE receipts.last_read_ms END, "
                      "opens = receipts.opens + 1"),
                  {q(id), q(c.caller.unitId), i64(c.now), i64(c.now), q(c.caller.accountId)});
    }
    auto row = c.db.query(QStringLiteral("SELECT ") + kSummaryColumns +
                              QStringLiteral(", d.body, d.signer_name, d.signer_title, d.pdf_sha256 FROM directives d WHERE d.id = ?"),
                          {q(id)});
    if (!row.next()) throw Refusal(wire::ERROR_NOT_FOUND, "no directive " + id);
    auto *detail = out.mutable_directive_detail();
    auto *dir = detail->mutable_directive();
    fillSummary(row, *dir->mutable_summary());
    dir->set_text(s(row.value(11)));
    dir->set_signer_name(s(row.value(12)));
    dir->set_signer_title(s(row.value(13)));
    dir->set_pdf_sha256(s(row.value(14)));
    row.finish();
    auto links = c.db.query(QStringLiteral("SELECT conclusion_id FROM directive_conclusions WHERE directive_id = ? ORDER BY conclusion_id"), {q(id)});
    while (links.next()) dir->add_conclusion_ids(s(links.value(0)));
    QString receiptsSql = QStringLiteral(
        "SELECT r.unit_id, rc.first_read_ms, rc.last_read_ms, rc.first_reader, rc.opens FROM recipients r "
        "LEFT JOIN receipts rc ON rc.directive_id = r.directive_id AND rc.unit_id = r.unit_id WHERE r.directive_id = ?");
    QVariantList rb{q(id)};
    if (!c.caller.dispatch) {
        receiptsSql += QStringLiteral(" AND r.unit_id = ?");
        rb << q(c.caller.unitId);
    }
    auto rec = c.db.query(receiptsSql + QStringLiteral(" ORDER BY r.position"), rb);
    while (rec.next()) {
        dir->add_recipients(s(rec.value(0)));
        auto *v = detail->add_receipts();
        v->set_unit_id(s(rec.value(0)));
        if (!rec.value(1).isNull()) {
            v->set_first_read_ms(rec.value(1).toLongLong());
            v->set_last_read_ms(rec.value(2).toLongLong());
            v->set_first_reader(s(rec.value(3)));
            v->set_opens(rec.value(4).toUInt());
        }
    }
    if (!c.caller.dispatch) {
        dir->mutable_summary()->set_unread(false);
        if (detail->receipts_size() > 0) {
            dir->mutable_summary()->set_first_read_ms(detail->receipts(0).first_read_ms());
            dir->mutable_summary()->set_last_read_ms(detail->receipts(0).last_read_ms());
        }
    }
    for (auto &t : loadTaskViews(c, QStringLiteral("t.directive_id = ?"), {q(id)}, QStringLiteral(" ORDER BY t.position")))
        *detail->add_tasks() = std::move(t);
}

void publishDirective(Ctx &c, const wire::PublishDirective &r, wire::RegistryEnvelope &out) {
    requireDispatch(c, "publish directives");
    // Validate everything before taking a number (a refused publication takes none).
    if (auto st = domain::checkTypeCode(r.type_code()); !st) throw Refusal(wire::ERROR_NUMBERING, st.error().text);
    if (blank(r.title())) invalid("the directive needs a title");
    if (blank(r.text())) invalid("the directive needs a text");
    if (blank(r.signer_name())) invalid("the directive needs a signer");
    if (r.recipients().empty()) invalid("the directive needs at least one recipient unit");
    std::set<std::string> seen;
    std::vector<std::string> recipients;
    for (const auto &u : r.recipients()) {
        if (!seen.insert(u).second) invalid("recipient " + u + " is listed twice");
        const QVariant kind = c.db.scalar(QStringLiteral("SELECT kind FROM units WHERE id = ?"), {q(u)});
        if (!kind.isValid() || kind.isNull()) throw Refusal(wire::ERROR_NOT_FOUND, "no unit " + u);
        if (s(kind) != "unit") invalid(u + " is an issuing office, not a receiving unit");
        recipients.push_back(u);
    }
    for (const auto &k : r.conclusion_ids())
        if (c.db.scalar(QStringLiteral("SELECT count(*) FROM conclusions WHERE id = ?"), {q(k)}).toInt() == 0)
            throw Refusal(wire::ERROR_NOT_FOUND, "no conclusion " + k);
    const std::string issuerCode = s(c.db.scalar(QStringLiteral("SELECT issuer_code FROM units WHERE id = ?"), {q(c.caller.unitId)}));

    domain::NumberRequest req{issuerCode, r.type_code(), c.now, c.config.issuerZone};
    auto key = domain::numberingKey(req);
    if (!key) throw Refusal(wire::ERROR_NUMBERING, key.error().text);
    // The counter row: created once, then incremented under its row lock (PostgreSQL) or the
    // database write lock (SQLite, BEGIN IMMEDIATE). Two publishers never read the same value.
    c.db.exec(QStringLiteral("INSERT INTO directive_counters(year, issuer_code, last_sequence) VALUES(?, ?, 0) "
                             "ON CONFLICT(year, issuer_code) DO NOTHING"),
              {key->year, q(key->issuerCode)});
    auto upd = c.db.exec(QStringLiteral("UPDATE directive_counters SET last_sequence = last_sequence + 1 "
                                        "WHERE year = ? AND issuer_code = ? RETURNING last_sequence"),
                         {key->year, q(key->issuerCode)});
    if (!upd.next()) throw RegistryDbError("the numbering counter row vanished");
    const auto taken = static_cast<std::uint32_t>(upd.value(0).toLongLong());
    upd.finish();
    auto number = domain::allocateNumber(req, taken - 1);
    if (!number) throw Refusal(wire::ERROR_NUMBERING, number.error().text);
    if (number->number.sequence != taken) throw RegistryDbError("numbering counter and domain disagree");

    const std::string id = std::to_string(key->year) + "-" + issuerCode + "-" + std::to_string(taken);
    c.db.exec(QStringLiteral("INSERT INTO directives(id, year, issuer_code, sequence, type_code, number, issued_date, "
                             "issuer_unit, title, body, signer_name, signer_title, published_ms, published_by) "
                             "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
              {q(id), key->year, q(issuerCode), taken, q(r.type_code()), q(number->text),
               q(domain::formatDate(number->issueDate)), q(c.caller.unitId), q(r.title()), q(r.text()),
               q(r.signer_name()), q(r.signer_title()), i64(c.now), q(c.caller.accountId)});
    int pos = 0;
    for (const auto &u : recipients)
        c.db.exec(QStringLiteral("INSERT INTO recipients(directive_id, unit_id, position) VALUES(?, ?, ?)"), {q(id), q(u), ++pos});
    for (const auto &k : std::set<std::string>(r.conclusion_ids().begin(), r.conclusion_ids().end()))
        c.db.exec(QStringLiteral("INSERT INTO directive_conclusions(directive_id, conclusion_id) VALUES(?, ?)"), {q(id), q(k)});
    auto *pub = out.mutable_directive_published();
    pub->set_directive_id(id);
    pub->set_number(number->text);
    pub->set_year(key->year);
    pub->set_issued_date(domain::formatDate(number->issueDate));
    int t = 0;
    for (const auto &draft : r.tasks()) pub->add_task_ids(insertTask(c, id, number->text, recipients, draft, ++t));

    if (c.config.makePdf) {
        // The PDF carries the number, so it is made now, inside the transaction: a PDF that
        // cannot be made or signed refuses the publication and the number is not taken.
        wire::Directive dir;
        auto *sum = dir.mutable_summary();
        sum->set_id(id);
        sum->set_number(number->text);
        sum->set_year(key->year);
        sum->set_issued_date(pub->issued_date());
        sum->set_issuer_unit(c.caller.unitId);
        sum->set_issuer_code(issuerCode);
        sum->set_type_code(r.type_code());
        sum->set_title(r.title());
        sum->set_published_at_ms(c.now);
        sum->set_recipients(static_cast<std::uint32_t>(recipients.size()));
        dir.set_text(r.text());
        dir.set_signer_name(r.signer_name());
        dir.set_signer_title(r.signer_title());
        for (const auto &u : recipients) dir.add_recipients(u);
        for (const auto &k : r.conclusion_ids()) dir.add_conclusion_ids(k);
        const auto tasks = loadTaskViews(c, QStringLiteral("t.directive_id = ?"), {q(id)}, QStringLiteral(" ORDER BY t.position"));
        std::map<std::string, std::string> unitNames;
        auto units = c.db.query(QStringLiteral("SELECT id, name FROM units"), {});
        while (units.next()) unitNames[s(units.value(0))] = s(units.value(1));
        units.finish();
        std::string error;
        const auto pdf = c.config.makePdf(dir, tasks, unitNames, error);
        if (!pdf)
            throw Refusal(wire::ERROR_INVALID_DIRECTIVE,
                          "the directive PDF could not be made and signed, nothing was published: " + error);
        const std::string sha = storeFile(c, *pdf);
        c.db.exec(QStringLiteral("UPDATE directives SET pdf_sha256 = ? WHERE id = ?"), {q(sha), q(id)});
        pub->set_pdf_sha256(sha);
    }
}

void assignTask(Ctx &c, const wire::AssignTask &r, wire::RegistryEnvelope &out) {
    requireDispatch(c, "assign tasks");
    auto row = c.db.query(QStringLiteral("SELECT number, issuer_unit FROM directives WHERE id = ?"), {q(r.directive_id())});
    if (!row.next()) throw Refusal(wire::ERROR_NOT_FOUND, "no directive " + r.directive_id());
    const std::string number = s(row.value(0));
    const std::string issuer = s(row.value(1));
    row.finish();
    if (issuer != c.caller.unitId)
        throw Refusal(wire::ERROR_PERMISSION_DENIED, "only the office that issued " + number + " may assign its tasks");
    std::vector<std::string> recipients;
    auto rec = c.db.query(QStringLiteral("SELECT unit_id FROM recipients WHERE directive_id = ? ORDER BY position"), {q(r.directive_id())});
    while (rec.next()) recipients.push_back(s(rec.value(0)));
    const int position = c.db.scalar(QStringLiteral("SELECT coalesce(max(position), 0) FROM tasks WHERE directive_id = ?"),
                                     {q(r.directive_id())}).toInt() + 1;
    out.mutable_ack()->set_created_id(insertTask(c, r.directive_id(), number, recipients, r.task(), position));
}

void getDirectivePdf(Ctx &c, const wire::GetDirectivePdf &r, wire::RegistryEnvelope &out) {
    if (!c.caller.dispatch && !unitMayRead(c, r.directive_id()))
        throw Refusal(wire::ERROR_NOT_FOUND, "no directive " + r.directive_id() + " in your inbox");
    const std::string sha = s(c.db.scalar(QStringLiteral("SELECT pdf_sha256 FROM directives WHERE id = ?"), {q(r.directive_id())}));
    if (sha.empty()) throw Refusal(wire::ERROR_NOT_FOUND, "directive " + r.directive_id() + " has no PDF");
    readChunk(c.config, sha, r.offset(), r.length(), *out.mutable_attachment_data());
}

} // namespace ecabinet::hub::registry
