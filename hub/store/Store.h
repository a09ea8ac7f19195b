// The hub's database: one SQLite file (DIR/hub.db) over Qt SQL, plus the blob directory.
//
// Error policy: a failing SQL statement is never ignored. Every statement goes through
// Store::exec, which throws StoreError (with the statement and the driver's text). The
// callers' boundaries catch it: MeetingService::handle rolls back the request's savepoint
// and answers ERROR_INTERNAL; ecabinetctl prints it and exits 2. Expected outcomes
// ("not found", "already exists") are values, not exceptions.
//
// Transactions: BEGIN IMMEDIATE ... COMMIT for a batch (group commit), SAVEPOINTs inside it
// so that one failing request rolls back alone. Both are RAII guards that roll back unless
// committed/released.
#pragma once

#include "common/Result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <filesystem>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>

namespace ecabinet::hub {

class StoreError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

class BlobStore;

class Store {
public:
    static constexpr int kSchemaVersion = 8;

    // Opens (creating if needed) DIR/hub.db and DIR/blobs, applies the pragmas and migrates
    // the schema to kSchemaVersion. Error text says what failed and where.
    static Result<std::unique_ptr<Store>, std::string> open(const std::filesystem::path &dataDir);
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    const std::filesystem::path &dataDir() const { return dataDir_; }
    std::filesystem::path dbPath() const { return dataDir_ / "hub.db"; }
    BlobStore &blobs() { return *blobs_; }
    int schemaVersion();

    // Prepares, binds positionally and runs `sql`; the caller reads the result at leisure.
    // Throws StoreError on any failure. Prepared afresh on every call: for statements that
    // run often use write(), scalar() or first(), which keep their prepared statement (see
    // "Prepared statements" in Store.cpp).
    QSqlQuery exec(const QString &sql, const QVariantList &binds = {});
    // Runs a statement that returns no rows (INSERT/UPDATE/DELETE, SAVEPOINT, ...) through a
    // kept prepared statement; returns the number of rows it changed.
    int write(const QString &sql, const QVariantList &binds = {});
    // First column of the first row, or an invalid QVariant when there is no row.
    QVariant scalar(const QString &sql, const QVariantList &binds = {});
    // read(first row) when there is one, else nullopt; the statement goes back to the cache.
    template <class Read>
    auto first(const QString &sql, const QVariantList &binds, Read &&read)
        -> std::optional<std::decay_t<decltype(read(std::declval<const QSqlQuery &>()))>> {
        QSqlQuery q = acquire(sql);
        run(q, sql, binds);
        std::optional<std::decay_t<decltype(read(std::declval<const QSqlQuery &>()))>> out;
        if (q.next()) out = read(static_cast<const QSqlQuery &>(q));
        q.finish();
        giveBack(sql, std::move(q));
        return out;
    }
    // How many statements are kept prepared (for tests).
    int preparedStatements() const { return static_cast<int>(prepared_.size()); }

    // Raw transaction control; prefer the guards below.
    void begin();      // BEGIN IMMEDIATE: take the write lock now, not at the first write
    void commit();     // COMMIT (fsync under synchronous=FULL)
    void rollback();   // ROLLBACK (never throws: used on failure paths)
    // PRAGMA wal_checkpoint(TRUNCATE): copies the WAL into the database file and empties it,
    // so page images of earlier commits (e.g. the order secret ballots arrived in) do not
    // linger in hub.db-wal. Outside a transaction only; false if readers kept it from completing.
    bool checkpointTruncate();
    bool inTransaction() const { return txDepth_ > 0; }

    class Transaction {
    public:
        explicit Transaction(Store &s);
        ~Transaction();
        void commit();
        Transaction(const Transaction &) = delete;
        Transaction &operator=(const Transaction &) = delete;
    private:
        Store &s_;
        bool done_ = false;
    };

    // SAVEPOINT; works inside a transaction (nested) or alone (then it is the transaction).
    class Savepoint {
    public:
        explicit Savepoint(Store &s);
        ~Savepoint();            // rolls back to the savepoint unless released
        void release();          // keep the changes
        void rollback();         // undo the changes (and release the savepoint)
        Savepoint(const Savepoint &) = delete;
        Savepoint &operator=(const Savepoint &) = delete;
    private:
        Store &s_;
        QString name_;
        bool done_ = false;
    };

private:
    explicit Store(std::filesystem::path dataDir);
    void configure();
    void migrate(int from, int to);
    void migrateTo1();
    void migrateTo2();
    void migrateTo3();
    void migrateTo4();
    void migrateTo5();
    void migrateTo6(); // SchemaOutbox.cpp: registry_outbox (issue 6)
    void migrateTo7(); // SchemaDocuments.cpp: document versions, access lists, device wipe (issue 5)
    void migrateTo8(); // conclusions (Conclusions.cpp, issue 6)

    QSqlQuery acquire(const QString &sql);
    void run(QSqlQuery &q, const QString &sql, const QVariantList &binds);
    void giveBack(const QString &sql, QSqlQuery &&q);

    std::filesystem::path dataDir_;
    QString connection_;
    // Prepared statements not in use, by SQL text. A statement is taken out while a caller
    // uses it, so a nested use of the same SQL prepares its own and nothing is shared.
    QHash<QString, QSqlQuery> prepared_;
    QSqlDatabase db_;
    std::unique_ptr<BlobStore> blobs_;
    int txDepth_ = 0;
    int savepointDepth_ = 0;
};

// Unsigned 64-bit values (request ids, seqs) kept in SQLite's signed INTEGER by bit pattern.
inline qint64 toSql(std::uint64_t v) { return static_cast<qint64>(v); }
inline std::uint64_t fromSql(const QVariant &v) { return static_cast<std::uint64_t>(v.toLongLong()); }
inline QString qs(const std::string &s) { return QString::fromStdString(s); }
inline std::string ss(const QVariant &v) { return v.toString().toStdString(); }
inline QByteArray qb(const std::string &s) { return QByteArray(s.data(), static_cast<qsizetype>(s.size())); }
inline std::string sb(const QVariant &v) { const auto b = v.toByteArray(); return std::string(b.constData(), static_cast<std::size_t>(b.size())); }

} // namespace ecabinet::hub
