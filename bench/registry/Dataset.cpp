#include "Dataset.h"

#include "domain/CivilTime.h"

#include <sodium.h>

#include <array>
#include <optional>
#include <random>
#include <vector>

namespace ecabinet::bench {

using hub::registry::RegistryDb;

namespace {

std::string hex(const unsigned char *p, std::size_t n) {
    static const char *d = "0123456789abcdef";
    std::string out;
    for (std::size_t i = 0; i < n; ++i) {
        out += d[p[i] >> 4];
        out += d[p[i] & 15];
    }
    return out;
}

std::string sha(const std::string &s) {
    std::array<unsigned char, 32> h{};
    crypto_hash_sha256(h.data(), reinterpret_cast<const unsigned char *>(s.data()), s.size());
    return hex(h.data(), h.size());
}

// Multi-row INSERTs in foreign-key order: the caller flushes parents before children.
class Batch {
public:
    Batch(RegistryDb &db, QString head, int columns) : db_(db), head_(std::move(head)), columns_(columns) {}
    void add(const QVariantList &row) {
        rows_.push_back(row);
        if (static_cast<int>(rows_.size()) == kRows) flush();
    }
    void flush() {
        if (rows_.empty()) return;
        // Full batches through one prepared multi-row statement; the rest row by row.
        if (static_cast<int>(rows_.size()) == kRows) {
            if (!many_) many_.emplace(db_.prepare(statement(kRows)));
            for (const auto &r : rows_)
                for (const auto &v : r) many_->addBindValue(v);
            db_.run(*many_);
        } else {
            if (!one_) one_.emplace(db_.prepare(statement(1)));
            for (const auto &r : rows_) {
                for (const auto &v : r) one_->addBindValue(v);
                db_.run(*one_);
            }
        }
        rows_.clear();
    }

private:
    static constexpr int kRows = 25; // SQLite's parser is quadratic in the number of parameters
    QString statement(int rows) const {
        const QString one = QStringLiteral("(") + QString(QStringLiteral("?,")).repeated(columns_ - 1) + QStringLiteral("?)");
        QStringList all;
        for (int i = 0; i < rows; ++i) all << one;
        return head_ + QStringLiteral(" VALUES ") + all.join(QLatin1Char(','));
    }
    RegistryDb &db_;
    QString head_;
    int columns_;
    std::vector<QVariantList> rows_;
    std::optional<QSqlQuery> many_, one_;
};

QVariant i64(std::int64_t v) { return QVariant::fromValue<qlonglong>(v); }
QString q(const std::string &s) { return QString::fromStdString(s); }

} // namespace

Sessions loadDataset(RegistryDb &db, const DatasetSize &size, const std::string &clientKey, std::int64_t now) {
    std::mt19937 rng(20261123);
    Sessions sessions;
    RegistryDb::Transaction tx(db);
    db.exec(QStringLiteral("INSERT INTO units(id, name, kind, issuer_code) VALUES('vptu', 'Văn phòng Tỉnh ủy', 'office', 'TU')"));
    // A real crypto_pwhash_str hash, shared: nobody signs in with a password in the bench.
    const std::string hash = "$argon2id$v=19$m=65536,t=2,p=1$bench$bench";
    auto addSession = [&](const std::string &account) {
        std::array<unsigned char, 32> raw{};
        randombytes_buf(raw.data(), raw.size());
        const std::string token = hex(raw.data(), raw.size());
        db.exec(QStringLiteral("INSERT INTO sessions(token_hash, account_id, client_key, created_ms, expires_ms) VALUES(?, ?, ?, ?, ?)"),
                {q(sha(token)), q(account), q(clientKey), i64(now), i64(now + 86'400'000)});
        return token;
    };
    db.exec(QStringLiteral("INSERT INTO accounts(id, display_name, unit_id, role, password_hash, created_ms) VALUES('vanthu', 'Văn thư', 'vptu', 'dispatch', ?, ?)"),
            {q(hash), i64(now)});
    sessions.dispatchToken = addSession("vanthu");
    std::vector<std::string> units;
    for (int u = 1; u <= size.units; ++u) {
        const std::string id = "u" + std::to_string(u);
        units.push_back(id);
        db.exec(QStringLiteral("INSERT INTO units(id, name, kind, issuer_code) VALUES(?, ?, 'unit', '')"),
                {q(id), q("Đơn vị " + std::to_string(u))});
    }
    for (int a = 0; a < size.users; ++a) {
        const std::string id = "user" + std::to_string(a);
        db.exec(QStringLiteral("INSERT INTO accounts(id, display_name, unit_id, role, password_hash, created_ms) VALUES(?, ?, ?, 'unit', ?, ?)"),
                {q(id), q(id), q(units[a % size.units]), q(hash), i64(now)});
        sessions.userTokens.push_back(addSession(id));
    }
    Batch directives(db, QStringLiteral("INSERT INTO directives(id, year, issuer_code, sequence, type_code, number, issued_date, "
                                        "issuer_unit, title, body, signer_name, signer_title, published_ms, published_by)"), 14);
    Batch recipients(db, QStringLiteral("INSERT INTO recipients(directive_id, unit_id, position)"), 3);
    Batch receipts(db, QStringLiteral("INSERT INTO receipts(directive_id, unit_id, first_read_ms, last_read_ms, first_reader, opens)"), 6);
    Batch tasks(db, QStringLiteral("INSERT INTO tasks(id, directive_id, position, title, issuer_unit, lead_unit, responsible_leader, "
                                   "report_every_days, original_deadline, deadline, due_ms, deadline_day, zone_minutes, state, "
                                   "last_report_ms, extension_proposed, assigned_ms, log_count)"), 18);
    Batch taskUnits(db, QStringLiteral("INSERT INTO task_units(task_id, unit_id, role, position, directive_id)"), 5);
    const char *states[] = {"assigned", "acknowledged", "in_progress", "reported", "returned", "done", "done", "done"};
    const std::int64_t day = domain::kMsPerDay;
    for (int d = 1; d <= size.directives; ++d) {
        const std::int64_t published = now - (size.directives - d) * day / 3; // ~ the last year
        const auto date = domain::localDateAt(published, domain::kHanoi);
        const std::string id = "2026-TU-" + std::to_string(d);
        directives.add({q(id), 2026, QStringLiteral("TU"), d, QStringLiteral("TB"), q(std::to_string(d) + "-TB/TU"),
                        q(domain::formatDate(date)), QStringLiteral("vptu"), q("Thông báo kết luận số " + std::to_string(d)),
                        QStringLiteral("Nội dung"), QStringLiteral("Nguyễn Văn A"), QStringLiteral("Phó Bí thư"), i64(published),
                        QStringLiteral("vanthu")});
        directives.flush();
        // Parents before children: each table's rows of this directive after its parent's.
        for (int u = 0; u < size.units; ++u) recipients.add({q(id), q(units[u]), u + 1});
        recipients.flush();
        for (int u = 0; u < size.units; ++u)
            if (rng() % 100 < 70)
                receipts.add({q(id), q(units[u]), i64(published + day), i64(published + 2 * day), QStringLiteral("user0"), 2});
        receipts.flush();
        int position = 0;
        std::vector<std::pair<std::string, std::string>> leads;
        for (int u = 0; u < size.units; ++u) {
            for (int t = 0; t < size.tasksPerRecipient; ++t) {
                const std::string tid = id + "." + std::to_string(++position);
                const std::int64_t due = published + static_cast<std::int64_t>(rng() % 120) * day;
                const auto dueDate = domain::localDateAt(due, domain::kHanoi);
                const std::string dl = domain::formatDate(dueDate);
                const std::string state = states[rng() % 8];
                const bool reported = state == "reported" || state == "done";
                tasks.add({q(tid), q(id), position, QStringLiteral("Nhiệm vụ"), QStringLiteral("vptu"), q(units[u]),
                           QStringLiteral("Giám đốc"), 0, q(dl), q(dl),
                           i64(domain::endOfLocalDayMs(dueDate, domain::kHanoi)), i64(domain::daysSinceEpoch(dueDate)), 420,
                           q(state), reported ? i64(due - static_cast<std::int64_t>(rng() % 20) * day + 10 * day) : QVariant(QMetaType(QMetaType::LongLong)),
                           QVariant(QMetaType(QMetaType::QString)), i64(published), 1});
                leads.emplace_back(tid, units[u]);
            }
        }
        tasks.flush();
        for (const auto &[tid, unit] : leads) taskUnits.add({q(tid), q(unit), QStringLiteral("lead"), 0, q(id)});
        taskUnits.flush();
    }
    tx.commit();
    db.exec(QStringLiteral("ANALYZE")); // both: fresh planner statistics, as a DBA would after a bulk load
    return sessions;
}

} // namespace ecabinet::bench
