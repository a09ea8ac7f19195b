#include "store/Store.h"

#include "store/BlobStore.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QTime>
#include <QUuid>

#include <sodium.h>
#include <sqlite3.h>

namespace ecabinet::hub {

namespace fs = std::filesystem;

// --- Values -----------------------------------------------------------------------------
// The store spoke Qt SQL (QSQLITE) until bench-ballots showed the driver's per-statement work
// (a QSqlRecord of QSqlFields per SELECT, every text converted to UTF-16 and back) costing more
// than SQLite itself. The tables' code still passes QVariants; these two functions keep the
// exact conversions QSQLITE 6.4 made, so that nothing stored or read changed:
//  * bind: a null QVariant, a null QString or QByteArray (and invalid dates) bind NULL;
//    Int/Bool as int, UInt/LongLong as int64, Double as double, QString as text, QByteArray as
//    blob, anything else (qulonglong too) as its text;
//  * read: INTEGER -> qlonglong, REAL -> double, TEXT -> QString, BLOB -> QByteArray (an empty
//    blob reads as a null QByteArray), NULL -> a null QVariant of type QString.
namespace {

bool isNullValue(const QVariant &v) {
    if (v.isNull()) return true;
    switch (v.typeId()) {
    case QMetaType::QString: return static_cast<const QString *>(v.constData())->isNull();
    case QMetaType::QByteArray: return static_cast<const QByteArray *>(v.constData())->isNull();
    case QMetaType::QDateTime: return !static_cast<const QDateTime *>(v.constData())->isValid();
    case QMetaType::QDate: return static_cast<const QDate *>(v.constData())->isNull();
    case QMetaType::QTime: return !static_cast<const QTime *>(v.constData())->isValid();
    case QMetaType::QUuid: return static_cast<const QUuid *>(v.constData())->isNull();
    default: return false;
    }
}

int bindText(sqlite3_stmt *stmt, int index, const QString &text) {
    const QByteArray utf8 = text.toUtf8();
    return sqlite3_bind_text(stmt, index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
}

int bindValue(sqlite3_stmt *stmt, int index, const QVariant &v) {
    if (isNullValue(v)) return sqlite3_bind_null(stmt, index);
    switch (v.typeId()) {
    case QMetaType::QByteArray: {
        const auto *b = static_cast<const QByteArray *>(v.constData());
        return sqlite3_bind_blob(stmt, index, b->constData(), static_cast<int>(b->size()), SQLITE_TRANSIENT);
    }
    case QMetaType::Int:
    case QMetaType::Bool: return sqlite3_bind_int(stmt, index, v.toInt());
    case QMetaType::Double: return sqlite3_bind_double(stmt, index, v.toDouble());
    case QMetaType::UInt:
    case QMetaType::LongLong: return sqlite3_bind_int64(stmt, index, v.toLongLong());
    case QMetaType::QDateTime: return bindText(stmt, index, v.toDateTime().toString(Qt::ISODateWithMs));
    case QMetaType::QTime: return bindText(stmt, index, v.toTime().toString(u"hh:mm:ss.zzz"));
    case QMetaType::QString: return bindText(stmt, index, *static_cast<const QString *>(v.constData()));
    default: return bindText(stmt, index, v.toString());
    }
}

} // namespace

QVariant SqlRow::value(int column) const {
    if (!stmt_ || column < 0 || column >= sqlite3_data_count(stmt_)) return {};
    switch (sqlite3_column_type(stmt_, column)) {
    case SQLITE_INTEGER: return QVariant(static_cast<qlonglong>(sqlite3_column_int64(stmt_, column)));
    case SQLITE_FLOAT: return QVariant(sqlite3_column_double(stmt_, column));
    case SQLITE_BLOB: {
        const auto *p = static_cast<const char *>(sqlite3_column_blob(stmt_, column));
        return QVariant(QByteArray(p, sqlite3_column_bytes(stmt_, column)));
    }
    case SQLITE_NULL: return QVariant(QMetaType::fromType<QString>());
    default: {
        const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(stmt_, column));
        return QVariant(QString::fromUtf8(p, sqlite3_column_bytes(stmt_, column)));
    }
    }
}

SqlRows::SqlRows(sqlite3_stmt *stmt, std::string sql, int changed, bool hasRow)
    : SqlRow(stmt), sql_(std::move(sql)), changed_(changed), pending_(hasRow) {}

SqlRows::SqlRows(SqlRows &&other) noexcept
    : SqlRow(std::exchange(other.stmt_, nullptr)), sql_(std::move(other.sql_)), changed_(other.changed_),
      pending_(std::exchange(other.pending_, false)) {}

SqlRows::~SqlRows() {
    if (stmt_) sqlite3_finalize(stmt_);
}

bool SqlRows::next() {
    if (!stmt_) return false;
    if (std::exchange(pending_, false)) return true;
    switch (sqlite3_step(stmt_)) {
    case SQLITE_ROW: return true;
    case SQLITE_DONE:
        sqlite3_finalize(std::exchange(stmt_, nullptr)); // done: hold no read lock any longer
        return false;
    default: {
        std::string why = sqlite3_errmsg(sqlite3_db_handle(stmt_));
        sqlite3_finalize(std::exchange(stmt_, nullptr));
        throw StoreError("failed [" + sql_ + "]: " + why);
    }
    }
}

// --- The store ----------------------------------------------------------------------------

Store::Store(fs::path dataDir)
    : dataDir_(std::move(dataDir)), blobs_(std::make_unique<BlobStore>(dataDir_ / "blobs")) {}

Store::~Store() {
    if (txDepth_ > 0) rollback();
    prepared_.clear(); // statements before their connection
    // _v2: a statement still alive somewhere (a bug) keeps the connection until it is finalized.
    if (db_) sqlite3_close_v2(db_);
}

void Store::Finalize::operator()(sqlite3_stmt *stmt) const { sqlite3_finalize(stmt); }

Result<std::unique_ptr<Store>, std::string> Store::open(const fs::path &dataDir) {
    if (sodium_init() < 0) return fail(std::string("libsodium failed to initialise"));
    std::error_code ec;
    fs::create_directories(dataDir / "blobs", ec);
    if (ec) return fail("cannot create " + (dataDir / "blobs").string() + ": " + ec.message());

    std::unique_ptr<Store> s(new Store(dataDir)); // private constructor: make_unique cannot reach it
    // NOMUTEX: a Store, like the Qt SQL connection before it, is used by one thread only (the
    // hub's service loop, the outbox courier, ecabinetctl each open their own).
    const int rc = sqlite3_open_v2(s->dbPath().c_str(), &s->db_,
                                   SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        const std::string why = s->db_ ? sqlite3_errmsg(s->db_) : sqlite3_errstr(rc);
        return fail("cannot open " + s->dbPath().string() + ": " + why);
    }
    sqlite3_extended_result_codes(s->db_, 1);
    try {
        s->configure();
        const int have = s->schemaVersion();
        if (have > kSchemaVersion)
            return fail(s->dbPath().string() + " has schema version " + std::to_string(have) +
                        ", newer than this program (" + std::to_string(kSchemaVersion) + "): upgrade ecabinet");
        if (have < kSchemaVersion) s->migrate(have, kSchemaVersion);
        // A WAL left by a crash may hold the page images of the last batch before its checkpoint
        // (which secret ballot slot it filled): fold it into the file and empty it now. A
        // reader elsewhere (ecabinetctl) may block it; the next secret batch checkpoints again.
        s->checkpointTruncate();
    } catch (const StoreError &e) {
        return fail(s->dbPath().string() + ": " + e.what());
    }
    return s;
}

void Store::configure() {
    // WAL: readers never block the single writer; synchronous=FULL: a COMMIT is on disk
    // before we reply (the durability rule). busy_timeout: ecabinetctl and the hub may
    // both write (device approve while the hub runs) and must wait, not fail.
    const QVariant mode = scalar(QStringLiteral("PRAGMA journal_mode=WAL"));
    if (mode.toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        throw StoreError("cannot switch to WAL journal mode (got '" + ss(mode) + "')");
    exec(QStringLiteral("PRAGMA synchronous=FULL"));
    exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    exec(QStringLiteral("PRAGMA busy_timeout=5000"));
    // Deleted rows (a replaced ballot, a rolled-back request) are overwritten with zeros
    // instead of lingering in free space where a reader of the file could find them.
    exec(QStringLiteral("PRAGMA secure_delete=ON"));
    if (scalar(QStringLiteral("PRAGMA secure_delete")).toInt() != 1)
        throw StoreError("SQLite refused secure_delete=ON");
    if (scalar(QStringLiteral("PRAGMA foreign_keys")).toInt() != 1)
        throw StoreError("SQLite refused foreign_keys=ON");
    if (scalar(QStringLiteral("PRAGMA synchronous")).toInt() != 2)
        throw StoreError("SQLite refused synchronous=FULL");
}

// Prepared statements. Preparing costs more than running for the short statements of a
// ballot (SQLite parses and plans), and a ballot runs about twenty of them: bench-ballots
// measured the hub CPU-bound at ~0.5 ms a ballot when every statement was prepared each time.
// So a statement is prepared once per SQL text and kept.
// Rules that keep this safe:
//  * a kept statement is never active: write(), scalar() and first() reset it before giving
//    it back; exec() prepares its own and hands it to the caller (the caller may stop reading
//    half-way, which would leave a read transaction open and block checkpoints and DDL);
//  * a statement in use is out of the map, so nested use of one SQL text cannot share it;
//  * at most kMaxPrepared texts are kept (savepoint names are fixed per depth, so the set of
//    texts the hub runs is small and fixed).
namespace {
constexpr std::size_t kMaxPrepared = 512;
} // namespace

void Store::raise(const char *what, const QString &sql) {
    throw StoreError(std::string(what) + " [" + sql.toStdString() + "]: " + sqlite3_errmsg(db_));
}

Store::Statement Store::prepare(const QString &sql, bool keep) {
    const QByteArray text = sql.toUtf8();
    sqlite3_stmt *raw = nullptr;
    const char *tail = nullptr;
    if (sqlite3_prepare_v3(db_, text.constData(), static_cast<int>(text.size()), keep ? SQLITE_PREPARE_PERSISTENT : 0,
                           &raw, &tail) != SQLITE_OK)
        raise("cannot prepare", sql);
    Statement stmt(raw);
    if (!stmt) throw StoreError("cannot prepare [" + sql.toStdString() + "]: it holds no statement");
    // One statement per call, as QSqlQuery insisted: a second one would silently not run.
    for (const char *p = tail; p && *p; ++p)
        if (!QChar::isSpace(static_cast<unsigned char>(*p)) && *p != ';')
            throw StoreError("cannot prepare [" + sql.toStdString() + "]: more than one statement");
    return stmt;
}

void Store::bind(sqlite3_stmt *stmt, const QString &sql, const QVariantList &binds) {
    const int wanted = sqlite3_bind_parameter_count(stmt);
    if (binds.size() != wanted)
        throw StoreError("failed [" + sql.toStdString() + "]: " + std::to_string(binds.size()) + " values for " +
                         std::to_string(wanted) + " parameters");
    for (int i = 0; i < wanted; ++i)
        if (bindValue(stmt, i + 1, binds[i]) != SQLITE_OK) raise("cannot bind a value of", sql);
}

Store::Kept::Kept(Store &s, const QString &sql, const QVariantList &binds) : s_(s), sql_(sql) {
    // One hash lookup per statement: the entry stays in the map (its address is stable) and
    // is only marked busy while in use.
    auto it = s.prepared_.find(sql);
    if (it == s.prepared_.end() && s.prepared_.size() < kMaxPrepared)
        it = s.prepared_.emplace(sql, Entry{s.prepare(sql, true), false}).first;
    if (it != s.prepared_.end() && !it->second.busy) {
        entry_ = &it->second;
        entry_->busy = true;
        stmt_ = entry_->stmt.get();
    } else {
        own_ = s.prepare(sql, false);
        stmt_ = own_.get();
    }
    try {
        s.bind(stmt_, sql, binds);
    } catch (...) {
        sqlite3_clear_bindings(stmt_);
        if (entry_) entry_->busy = false;
        throw;
    }
}

Store::Kept::~Kept() {
    if (!entry_) return; // our own statement: finalized by own_
    sqlite3_reset(stmt_); // ends the statement: no read lock is held by a kept statement
    sqlite3_clear_bindings(stmt_); // and it keeps no copy of the last values (a ballot's choice)
    entry_->busy = false;
}

bool Store::Kept::step() {
    switch (sqlite3_step(stmt_)) {
    case SQLITE_ROW: return true;
    case SQLITE_DONE: return false;
    default: s_.raise("failed", sql_);
    }
}

int Store::Kept::stepAll() {
    while (step()) {
    }
    return sqlite3_changes(s_.db_);
}

SqlRows Store::exec(const QString &sql, const QVariantList &binds) {
    Statement stmt = prepare(sql, false);
    bind(stmt.get(), sql, binds);
    // Run now, as QSqlQuery::exec did: DDL and writes happen here, a SELECT stands on its first row.
    const int rc = sqlite3_step(stmt.get());
    if (rc == SQLITE_DONE) return SqlRows(nullptr, {}, sqlite3_changes(db_), false); // finalized here
    if (rc != SQLITE_ROW) raise("failed", sql);
    return SqlRows(stmt.release(), sql.toStdString(), 0, true);
}

int Store::write(const QString &sql, const QVariantList &binds) { return Kept(*this, sql, binds).stepAll(); }

QVariant Store::scalar(const QString &sql, const QVariantList &binds) {
    return first(sql, binds, [](const SqlRow &q) { return q.value(0); }).value_or(QVariant());
}

int Store::schemaVersion() {
    const bool exists = scalar(QStringLiteral(
        "SELECT count(*) FROM sqlite_master WHERE type='table' AND name='schema_version'")).toInt() > 0;
    if (!exists) return 0;
    return scalar(QStringLiteral("SELECT max(version) FROM schema_version")).toInt();
}

// Each step is its own transaction so an interrupted upgrade leaves a consistent version.
void Store::migrate(int from, int to) {
    for (int v = from + 1; v <= to; ++v) {
        Transaction tx(*this);
        switch (v) {
        case 1: migrateTo1(); break;
        case 2: migrateTo2(); break;
        case 3: migrateTo3(); break;
        case 4: migrateTo4(); break;
        case 5: migrateTo5(); break;
        case 6: migrateTo6(); break;
        case 7: migrateTo7(); break;
        case 8: migrateTo8(); break;
        case 9: migrateTo9(); break;
        default: throw StoreError("no migration to schema version " + std::to_string(v));
        }
        exec(QStringLiteral("INSERT INTO schema_version(version, applied_ms) VALUES(?, strftime('%s','now')*1000)"),
             {v});
        tx.commit();
    }
}

void Store::begin() {
    write(QStringLiteral("BEGIN IMMEDIATE"));
    ++txDepth_;
}

void Store::commit() {
    write(QStringLiteral("COMMIT"));
    txDepth_ = 0;
}

void Store::rollback() {
    // Failure paths only: a failed ROLLBACK means SQLite already rolled back (e.g. after
    // SQLITE_FULL), which is the state we want; report nothing more to do.
    sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
    txDepth_ = 0;
}

bool Store::checkpointTruncate() {
    // Row: (busy, wal frames, frames checkpointed); busy = 1 when a reader blocked it.
    auto q = exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    return q.next() && q.value(0).toInt() == 0;
}

Store::Transaction::Transaction(Store &s) : s_(s) { s_.begin(); }
Store::Transaction::~Transaction() {
    if (!done_) s_.rollback();
}
void Store::Transaction::commit() {
    s_.commit();
    done_ = true;
}

// Named by depth, not by a running counter, so that the statements are the same few texts
// and stay prepared; SQLite releases or rolls back to the innermost savepoint of a name.
Store::Savepoint::Savepoint(Store &s)
    : s_(s), name_(QStringLiteral("sp%1").arg(++s.savepointDepth_)) {
    s_.write(QStringLiteral("SAVEPOINT ") + name_);
}
Store::Savepoint::~Savepoint() {
    if (done_) return;
    try {
        rollback();
    } catch (const StoreError &) {
        // Destructors must not throw; the batch's commit will fail and report it.
    }
}
void Store::Savepoint::release() {
    done_ = true;
    --s_.savepointDepth_;
    s_.write(QStringLiteral("RELEASE ") + name_);
}
void Store::Savepoint::rollback() {
    done_ = true;
    --s_.savepointDepth_;
    s_.write(QStringLiteral("ROLLBACK TO ") + name_);
    s_.write(QStringLiteral("RELEASE ") + name_);
}

} // namespace ecabinet::hub
