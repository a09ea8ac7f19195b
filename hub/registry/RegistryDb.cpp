#include "registry/RegistryDb.h"

#include <QSqlError>
#include <QUrl>
#include <QUrlQuery>

#include <atomic>

namespace ecabinet::hub::registry {

namespace {
std::atomic<int> g_connections{0};
}

std::string DbLocation::describe() const {
    if (backend == Backend::Sqlite) return "sqlite:" + sqlitePath;
    return "postgresql://" + user + "@" + host + ":" + std::to_string(port) + "/" + database;
}

Result<DbLocation, std::string> parseDbLocation(const std::string &text) {
    DbLocation loc;
    const QString t = QString::fromStdString(text);
    if (t.startsWith(QLatin1String("postgresql://")) || t.startsWith(QLatin1String("postgres://"))) {
        const QUrl url(t);
        if (!url.isValid()) return fail("not a valid PostgreSQL URL: " + text);
        loc.backend = Backend::Postgres;
        loc.host = url.host().toStdString();
        const QUrlQuery query(url);
        if (query.hasQueryItem(QStringLiteral("host"))) loc.host = query.queryItemValue(QStringLiteral("host")).toStdString();
        if (loc.host.empty()) loc.host = "localhost";
        loc.port = url.port(5432);
        loc.user = url.userName().toStdString();
        loc.password = url.password().toStdString();
        loc.database = url.path().mid(1).toStdString();
        if (loc.database.empty()) return fail("the PostgreSQL URL names no database: " + text);
        return loc;
    }
    if (t.startsWith(QLatin1String("sqlite:"))) {
        loc.sqlitePath = t.mid(7).toStdString();
    } else {
        loc.sqlitePath = text;
    }
    if (loc.sqlitePath.empty()) return fail(std::string("no SQLite file given"));
    return loc;
}

RegistryDb::RegistryDb(DbLocation where)
    : where_(std::move(where)), connection_(QStringLiteral("ecabinet-registry-%1").arg(g_connections.fetch_add(1))) {}

RegistryDb::~RegistryDb() {
    if (inTx_) rollback();
    if (db_.isValid()) db_.close();
    db_ = QSqlDatabase();
    QSqlDatabase::removeDatabase(connection_);
}

Result<std::unique_ptr<RegistryDb>, std::string> RegistryDb::open(const DbLocation &where) {
    std::unique_ptr<RegistryDb> r(new RegistryDb(where));
    if (where.backend == Backend::Sqlite) {
        r->db_ = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), r->connection_);
        if (!r->db_.isValid()) return fail(std::string("the Qt SQLite driver (QSQLITE) is missing: install libqt6sql6-sqlite"));
        r->db_.setDatabaseName(QString::fromStdString(where.sqlitePath));
    } else {
        r->db_ = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), r->connection_);
        if (!r->db_.isValid()) return fail(std::string("the Qt PostgreSQL driver (QPSQL) is missing: install libqt6sql6-psql"));
        r->db_.setHostName(QString::fromStdString(where.host));
        r->db_.setPort(where.port);
        r->db_.setUserName(QString::fromStdString(where.user));
        r->db_.setPassword(QString::fromStdString(where.password));
        r->db_.setDatabaseName(QString::fromStdString(where.database));
    }
    if (!r->db_.open()) return fail("cannot open " + where.describe() + ": " + r->db_.lastError().text().toStdString());
    try {
        if (where.backend == Backend::Sqlite) {
            // As hub.db: WAL (readers never block the writer), synchronous=FULL (a reply is sent
            // after the commit is on disk), busy_timeout so that two processes on one file wait.
            const QVariant mode = r->scalar(QStringLiteral("PRAGMA journal_mode=WAL"));
            if (mode.toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
                throw RegistryDbError("cannot switch " + where.sqlitePath + " to WAL");
            r->exec(QStringLiteral("PRAGMA synchronous=FULL"));
            r->exec(QStringLiteral("PRAGMA foreign_keys=ON"));
            r->exec(QStringLiteral("PRAGMA busy_timeout=30000"));
        } else {
            r->exec(QStringLiteral("SET client_min_messages TO WARNING"));
            r->exec(QStringLiteral("SET lock_timeout = '30s'"));
        }
    } catch (const RegistryDbError &e) {
        return fail(where.describe() + ": " + e.what());
    }
    return r;
}

QSqlQuery RegistryDb::exec(const QString &sql, const QVariantList &binds) {
    if (trace_) trace_(sql, binds);
    QSqlQuery q(db_);
    if (binds.isEmpty()) {
        // Not prepared: PostgreSQL cannot PREPARE utility statements (BEGIN, SET, CREATE, LOCK).
        if (!q.exec(sql)) throw RegistryDbError("failed [" + sql.toStdString() + "]: " + q.lastError().text().toStdString());
        return q;
    }
    if (!q.prepare(sql))
        throw RegistryDbError("cannot prepare [" + sql.toStdString() + "]: " + q.lastError().text().toStdString());
    for (const auto &b : binds) q.addBindValue(b);
    if (!q.exec()) throw RegistryDbError("failed [" + sql.toStdString() + "]: " + q.lastError().text().toStdString());
    return q;
}

QSqlQuery RegistryDb::query(const QString &sql, const QVariantList &binds) {
    if (trace_) trace_(sql, binds);
    QSqlQuery q(db_);
    q.setForwardOnly(true);
    if (binds.isEmpty()) {
        if (!q.exec(sql)) throw RegistryDbError("failed [" + sql.toStdString() + "]: " + q.lastError().text().toStdString());
        return q;
    }
    if (!q.prepare(sql))
        throw RegistryDbError("cannot prepare [" + sql.toStdString() + "]: " + q.lastError().text().toStdString());
    for (const auto &b : binds) q.addBindValue(b);
    if (!q.exec()) throw RegistryDbError("failed [" + sql.toStdString() + "]: " + q.lastError().text().toStdString());
    return q;
}

QSqlQuery RegistryDb::prepare(const QString &sql) {
    QSqlQuery q(db_);
    if (!q.prepare(sql))
        throw RegistryDbError("cannot prepare [" + sql.toStdString() + "]: " + q.lastError().text().toStdString());
    return q;
}

void RegistryDb::run(QSqlQuery &q) {
    if (!q.exec()) throw RegistryDbError("failed [" + q.lastQuery().toStdString() + "]: " + q.lastError().text().toStdString());
}

QVariant RegistryDb::scalar(const QString &sql, const QVariantList &binds) {
    auto q = query(sql, binds);
    if (!q.next()) return {};
    return q.value(0);
}

void RegistryDb::begin() {
    if (inTx_) throw RegistryDbError("a registry transaction is already open");
    exec(where_.backend == Backend::Sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"));
    inTx_ = true;
}

void RegistryDb::commit() {
    exec(QStringLiteral("COMMIT"));
    inTx_ = false;
}

void RegistryDb::rollback() {
    QSqlQuery q(db_);
    q.exec(QStringLiteral("ROLLBACK"));
    inTx_ = false;
}

QString RegistryDb::lockTaskSql() const {
    return where_.backend == Backend::Postgres ? QStringLiteral("SELECT id FROM tasks WHERE id = ? FOR UPDATE")
                                               : QString();
}

bool RegistryDb::isConflict(const RegistryDbError &e) {
    const std::string w = e.what();
    return w.find("could not serialize") != std::string::npos || w.find("deadlock detected") != std::string::npos ||
           w.find("database is locked") != std::string::npos;
}

} // namespace ecabinet::hub::registry
