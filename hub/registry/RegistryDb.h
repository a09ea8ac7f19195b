// The registry's database connection over Qt SQL: SQLite (QSQLITE, default: a file such as
// DATA/registry.db) or PostgreSQL (QPSQL, `postgresql://user:password@host:port/dbname`).
// Same schema and same statements on both; the few dialect differences live here:
//  - a write transaction: SQLite `BEGIN IMMEDIATE` (takes the write lock at once, so two
//    processes on one file serialise instead of deadlocking on the upgrade); PostgreSQL
//    `BEGIN` at READ COMMITTED, with row locks taken by the statements (`UPDATE … RETURNING`
//    on the numbering counter, `SELECT … FOR UPDATE` on a task via lockTaskSql()).
//  - binary columns: BLOB / BYTEA (blobType()).
// Every statement goes through exec(), which throws RegistryDbError with the statement and the
// driver's text (never a silent failure). A QSqlDatabase belongs to the thread that opened it.
#pragma once

#include "common/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <functional>
#include <memory>
#include <stdexcept>
#include <string>

namespace ecabinet::hub::registry {

class RegistryDbError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

enum class Backend { Sqlite, Postgres };

struct DbLocation {
    Backend backend = Backend::Sqlite;
    std::string sqlitePath;   // Sqlite
    std::string host, user, password, database; // Postgres
    int port = 5432;
    std::string describe() const; // for logs: never the password
};

// "postgresql://user:pw@host:port/db" (also "postgres://"; host may be a socket directory
// given as ?host=/path), "sqlite:/path/file.db", or a plain path (SQLite).
Result<DbLocation, std::string> parseDbLocation(const std::string &text);

class RegistryDb {
public:
    static Result<std::unique_ptr<RegistryDb>, std::string> open(const DbLocation &where);
    ~RegistryDb();
    RegistryDb(const RegistryDb &) = delete;
    RegistryDb &operator=(const RegistryDb &) = delete;

    Backend backend() const { return where_.backend; }
    const DbLocation &location() const { return where_; }

    QSqlQuery exec(const QString &sql, const QVariantList &binds = {});
    QVariant scalar(const QString &sql, const QVariantList &binds = {});
    // Runs a read-only statement, forward-only (no client-side caching of the whole result).
    QSqlQuery query(const QString &sql, const QVariantList &binds = {});

    // A prepared statement to run many times (bulk loads): bind with addBindValue, then
    // run(q). Throws RegistryDbError.
    QSqlQuery prepare(const QString &sql);
    void run(QSqlQuery &q);

    void begin();    // see the dialect notes above
    void commit();
    void rollback(); // never throws
    bool inTransaction() const { return inTx_; }

    QString blobType() const { return where_.backend == Backend::Sqlite ? QStringLiteral("BLOB") : QStringLiteral("BYTEA"); }
    // Locks one task row for the rest of the transaction ("" on SQLite: BEGIN IMMEDIATE did).
    QString lockTaskSql() const;
    // Called with every statement and its binds before it runs (bench-registry captures the
    // exact SQL of a request this way to run it in sqlite3 / psql). Empty = off.
    using Trace = std::function<void(const QString &sql, const QVariantList &binds)>;
    void setTrace(Trace trace) { trace_ = std::move(trace); }

    // True when the error is a serialisation / unique conflict worth one retry.
    static bool isConflict(const RegistryDbError &e);

    class Transaction {
    public:
        explicit Transaction(RegistryDb &db) : db_(db) { db_.begin(); }
        ~Transaction() { if (!done_) db_.rollback(); }
        void commit() { db_.commit(); done_ = true; }
        Transaction(const Transaction &) = delete;
        Transaction &operator=(const Transaction &) = delete;
    private:
        RegistryDb &db_;
        bool done_ = false;
    };

private:
    explicit RegistryDb(DbLocation where);
    DbLocation where_;
    QString connection_;
    QSqlDatabase db_;
    bool inTx_ = false;
    Trace trace_;
};

} // namespace ecabinet::hub::registry
