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

QSqlQuery Store::exec(const QString &sql, const QVariantList &binds) {
    QSqlQuery q(db_);
    if (!q.prepare(sql))
        throw StoreError("cannot prepare [" + sql.toStdString() + "]: " + q.lastError().text().toStdString());
    for (const auto &b : binds) q.addBindValue(b);
    if (!q.exec())
        throw StoreError("failed [" + sql.toStdString() + "]: " + q.lastError().text().toStdString());
    return q;
}

QVariant Store::scalar(const QString &sql, const QVariantList &binds) {
    auto q = exec(sql, binds);
    if (!q.next()) return {};
    return q.value(0);
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
        default: throw StoreError("no migration to schema version " + std::to_string(v));
        }
        exec(QStringLiteral("INSERT INTO schema_version(version, applied_ms) VALUES(?, strftime('%s','now')*1000)"),
             {v});
        tx.commit();
    }
}

void Store::begin() {
    exec(QStringLiteral("BEGIN IMMEDIATE"));
    ++txDepth_;
}

void Store::commit() {
    exec(QStringLiteral("COMMIT"));
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

Store::Savepoint::Savepoint(Store &s)
    : s_(s), name_(QStringLiteral("sp%1").arg(++s.savepointCounter_)) {
    s_.exec(QStringLiteral("SAVEPOINT ") + name_);
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
    s_.exec(QStringLiteral("RELEASE ") + name_);
    done_ = true;
}
void Store::Savepoint::rollback() {
    done_ = true;
    s_.exec(QStringLiteral("ROLLBACK TO ") + name_);
    s_.exec(QStringLiteral("RELEASE ") + name_);
}

} // namespace ecabinet::hub
