#include "store/Store.h"

#include "store/BlobStore.h"

#include <QSqlError>
#include <QSqlRecord>

#include <atomic>
#include <sodium.h>

namespace ecabinet::hub {

namespace fs = std::filesystem;

namespace {
// Qt SQL keys connections by name, process-wide: every Store needs its own.
std::atomic<int> g_connectionCounter{0};
} // namespace

Store::Store(fs::path dataDir)
    : dataDir_(std::move(dataDir)),
      connection_(QStringLiteral("ecabinet-store-%1").arg(g_connectionCounter.fetch_add(1))),
      blobs_(std::make_unique<BlobStore>(dataDir_ / "blobs")) {}

Store::~Store() {
    if (txDepth_ > 0) rollback();
    prepared_.clear(); // statements before their connection
    if (db_.isValid()) db_.close();
    db_ = QSqlDatabase(); // drop our handle before removing the connection
    QSqlDatabase::removeDatabase(connection_);
}

Result<std::unique_ptr<Store>, std::string> Store::open(const fs::path &dataDir) {
    if (sodium_init() < 0) return fail(std::string("libsodium failed to initialise"));
    std::error_code ec;
    fs::create_directories(dataDir / "blobs", ec);
    if (ec) return fail("cannot create " + (dataDir / "blobs").string() + ": " + ec.message());

    std::unique_ptr<Store> s(new Store(dataDir)); // private constructor: make_unique cannot reach it
    s->db_ = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), s->connection_);
    if (!s->db_.isValid())
        return fail(std::string("the Qt SQLite driver (QSQLITE) is not available: install libqt6sql6-sqlite"));
    s->db_.setDatabaseName(QString::fromStdString(s->dbPath().string()));
    if (!s->db_.open())
        return fail("cannot open " + s->dbPath().string() + ": " + s->db_.lastError().text().toStdString());
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
}

// Prepared statements. Preparing costs more than running for the short statements of a
// ballot (SQLite parses and plans, Qt builds its result object), and a ballot runs about
// twenty of them: bench-ballots measured the hub CPU-bound at ~0.5 ms a ballot when every
// statement was prepared each time. So a statement is prepared once per SQL text and kept.
// Rules that keep this safe:
//  * a kept statement is never active: write(), scalar() and first() call finish() before
//    giving it back; exec() hands its statement to the caller and does not keep it (the
//    caller may stop reading half-way, which would leave a read transaction open and block
//    checkpoints and DDL);
//  * a statement in use is out of the map, so nested use of one SQL text cannot share it;
//  * at most kMaxPrepared texts are kept (savepoint names are fixed per depth, so the set of
//    texts the hub runs is small and fixed).
namespace {
constexpr qsizetype kMaxPrepared = 512;
} // namespace

QSqlQuery Store::acquire(const QString &sql) {
    if (auto it = prepared_.find(sql); it != prepared_.end()) {
        QSqlQuery q = std::move(it.value());
        prepared_.erase(it);
        return q;
    }
    QSqlQuery q(db_);
    if (!q.prepare(sql))
        throw StoreError("cannot prepare [" + sql.toStdString() + "]: " + q.lastError().text().toStdString());
    return q;
}

void Store::run(QSqlQuery &q, const QString &sql, const QVariantList &binds) {
    for (qsizetype i = 0; i < binds.size(); ++i) q.bindValue(static_cast<int>(i), binds[i]);
    if (!q.exec())
        throw StoreError("failed [" + sql.toStdString() + "]: " + q.lastError().text().toStdString());
}

void Store::giveBack(const QString &sql, QSqlQuery &&q) {
    if (prepared_.size() < kMaxPrepared) prepared_.insert(sql, std::move(q));
}

QSqlQuery Store::exec(const QString &sql, const QVariantList &binds) {
    QSqlQuery q(db_);
    if (!q.prepare(sql))
        throw StoreError("cannot prepare [" + sql.toStdString() + "]: " + q.lastError().text().toStdString());
    run(q, sql, binds);
    return q;
}

int Store::write(const QString &sql, const QVariantList &binds) {
    QSqlQuery q = acquire(sql);
    run(q, sql, binds);
    const int changed = q.numRowsAffected();
    q.finish();
    giveBack(sql, std::move(q));
    return changed;
}

QVariant Store::scalar(const QString &sql, const QVariantList &binds) {
    return first(sql, binds, [](const QSqlQuery &q) { return q.value(0); }).value_or(QVariant());
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
    QSqlQuery q(db_);
    q.exec(QStringLiteral("ROLLBACK"));
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
