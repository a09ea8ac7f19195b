// The hub's database: one SQLite file (DIR/hub.db) through the SQLite C API, plus the blob
// directory. Values go in and out as QVariant, with the types Qt's SQLite driver used (see
// "Values" in Store.cpp), so the tables' readers and writers did not change when the store left
// Qt SQL for speed (docs/ARCHITECTURE.md, "bench-ballots").
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

#include <QString>
#include <QVariant>

#include <filesystem>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <unordered_map>

struct sqlite3;
struct sqlite3_stmt;

namespace ecabinet::hub {

class StoreError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

class BlobStore;

// The current row of a statement. value(i) is what QSqlQuery::value(i) gave with the QSQLITE
// driver: qlonglong for INTEGER, double for REAL, QString for TEXT, QByteArray for BLOB, and a
// null QVariant of type QString for NULL; an invalid QVariant for a column that is not there.
class SqlRow {
public:
    QVariant value(int column) const;

protected:
    explicit SqlRow(sqlite3_stmt *stmt = nullptr) : stmt_(stmt) {}
    sqlite3_stmt *stmt_;
};

// Rows of a statement run by Store::exec, which owns its statement (never one of the kept
// ones): while (rows.next()) rows.value(0)... A step that fails throws StoreError.
class SqlRows : public SqlRow {
public:
    SqlRows(SqlRows &&other) noexcept;
    SqlRows &operator=(SqlRows &&) = delete;
    SqlRows(const SqlRows &) = delete;
    SqlRows &operator=(const SqlRows &) = delete;
    ~SqlRows();
    bool next();
    // Rows changed by an INSERT/UPDATE/DELETE run by exec (sqlite3_changes after it ran).
    int numRowsAffected() const { return changed_; }

private:
    friend class Store;
    SqlRows(sqlite3_stmt *stmt, std::string sql, int changed, bool hasRow);
    std::string sql_;
    int changed_ = 0;
    bool pending_ = false; // exec() stepped onto the first row; next() hands it out
};

class Store {
public:
    static constexpr int kSchemaVersion = 9;

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
    SqlRows exec(const QString &sql, const QVariantList &binds = {});
    // Runs a statement that returns no rows (INSERT/UPDATE/DELETE, SAVEPOINT, ...) through a
    // kept prepared statement; returns the number of rows it changed.
    int write(const QString &sql, const QVariantList &binds = {});
    // First column of the first row, or an invalid QVariant when there is no row.
    QVariant scalar(const QString &sql, const QVariantList &binds = {});
    // read(first row) when there is one, else nullopt; the statement goes back to the cache.
    template <class Read>
    auto first(const QString &sql, const QVariantList &binds, Read &&read)
        -> std::optional<std::decay_t<decltype(read(std::declval<const SqlRow &>()))>> {
        Kept k(*this, sql, binds);
        std::optional<std::decay_t<decltype(read(std::declval<const SqlRow &>()))>> out;
        if (k.step()) out = read(static_cast<const SqlRow &>(k));
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
    void migrateTo9(); // Schema.cpp: presentations (issue 5, follow the presenter)

    struct Finalize {
        void operator()(sqlite3_stmt *stmt) const;
    };
    using Statement = std::unique_ptr<sqlite3_stmt, Finalize>;
    struct Entry; // a kept statement, see prepared_

    // A kept statement taken out of the cache, bound and ready to step; reset and given back
    // (or finalized, when the cache is full) at the end of the scope.
    class Kept : public SqlRow {
    public:
        Kept(Store &s, const QString &sql, const QVariantList &binds);
        ~Kept();
        Kept(const Kept &) = delete;
        Kept &operator=(const Kept &) = delete;
        bool step(); // true = a row is there to read
        int stepAll(); // to the end; returns sqlite3_changes()
    private:
        Entry *entry_ = nullptr; // the cache's statement, or
        Statement own_;                 // one of our own (the cached one is in use, or the cache is full)
        Store &s_;
        const QString &sql_;
    };

    Statement prepare(const QString &sql, bool keep);
    void bind(sqlite3_stmt *stmt, const QString &sql, const QVariantList &binds);
    [[noreturn]] void raise(const char *what, const QString &sql);

    std::filesystem::path dataDir_;
    sqlite3 *db_ = nullptr;
    // Prepared statements by SQL text. One that a caller is using is marked busy, so a nested
    // use of the same SQL prepares its own and nothing is shared.
    struct Entry {
        Statement stmt;
        bool busy = false;
    };
    std::unordered_map<QString, Entry> prepared_;
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
