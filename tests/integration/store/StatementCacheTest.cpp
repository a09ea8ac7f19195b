// The store's prepared-statement cache and the fixed-size secret ballot slot, against a real
// SQLite file.
#include "store/Polls.h"
#include "store/Store.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace ecabinet::test {
namespace {

using hub::Store;

std::unique_ptr<Store> openStore(const QTemporaryDir &dir) {
    auto s = Store::open(dir.path().toStdString());
    if (!s) ADD_FAILURE() << s.error();
    return s ? std::move(*s) : nullptr;
}

TEST(StatementCache, RepeatedStatementsArePreparedOnceAndNestedUseGetsItsOwn) {
    QTemporaryDir dir;
    auto store = openStore(dir);
    ASSERT_TRUE(store);
    store->exec(QStringLiteral("CREATE TABLE t(k INTEGER PRIMARY KEY, v TEXT)"));
    const int before = store->preparedStatements();
    for (int i = 0; i < 100; ++i)
        store->write(QStringLiteral("INSERT INTO t(k, v) VALUES(?, ?)"), {i, QStringLiteral("v%1").arg(i)});
    EXPECT_EQ(store->preparedStatements(), before + 1) << "one INSERT text, one kept statement";
    EXPECT_EQ(store->write(QStringLiteral("UPDATE t SET v = v || '!' WHERE k < ?"), {10}), 10);
    // Binds are replaced, not appended, on reuse: each row got its own values.
    EXPECT_EQ(store->scalar(QStringLiteral("SELECT v FROM t WHERE k = ?"), {42}).toString(), QStringLiteral("v42"));
    EXPECT_EQ(store->scalar(QStringLiteral("SELECT v FROM t WHERE k = ?"), {7}).toString(), QStringLiteral("v7!"));
    EXPECT_FALSE(store->scalar(QStringLiteral("SELECT v FROM t WHERE k = ?"), {1000}).isValid());

    // A SELECT read half-way through exec() while the same text runs again inside the loop.
    auto outer = store->exec(QStringLiteral("SELECT k FROM t WHERE k < ? ORDER BY k"), {3});
    int seen = 0;
    while (outer.next()) {
        const int k = outer.value(0).toInt();
        auto inner = store->exec(QStringLiteral("SELECT k FROM t WHERE k < ? ORDER BY k"), {100});
        int n = 0;
        while (inner.next()) ++n;
        EXPECT_EQ(n, 100) << "the nested statement shared the outer one's cursor";
        EXPECT_EQ(k, seen++);
    }
    EXPECT_EQ(seen, 3);

    // first(): a row or nothing; the statement is finished, so a checkpoint is not blocked.
    EXPECT_EQ(store->first(QStringLiteral("SELECT v FROM t WHERE k >= ? ORDER BY k"), {98},
                           [](const hub::SqlRow &q) { return q.value(0).toString(); }),
              std::optional<QString>(QStringLiteral("v98")));
    EXPECT_TRUE(store->checkpointTruncate()) << "a kept statement holds a read transaction open";

    // A failing statement still throws with its text (and is not kept broken).
    EXPECT_THROW(store->write(QStringLiteral("INSERT INTO t(k, v) VALUES(?, ?)"), {1, QStringLiteral("dup")}),
                 hub::StoreError);
    store->write(QStringLiteral("INSERT INTO t(k, v) VALUES(?, ?)"), {500, QStringLiteral("after")});
    EXPECT_EQ(store->scalar(QStringLiteral("SELECT v FROM t WHERE k = ?"), {500}).toString(), QStringLiteral("after"));
}

// The store speaks the SQLite C API but hands out the QVariants Qt's QSQLITE driver did; the
// tables' readers rely on these types and on which values bind NULL.
TEST(StatementCache, ValuesKeepTheTypesOfQtSql) {
    QTemporaryDir dir;
    auto store = openStore(dir);
    ASSERT_TRUE(store);
    const auto typeOf = [&](const QVariant &v) {
        return store->scalar(QStringLiteral("SELECT typeof(?)"), {v}).toString();
    };
    EXPECT_EQ(typeOf(QVariant(QString())), QStringLiteral("null")) << "a null QString binds NULL";
    EXPECT_EQ(typeOf(QVariant(QString(""))), QStringLiteral("text")) << "an empty one is text";
    EXPECT_EQ(typeOf(QVariant(QByteArray())), QStringLiteral("null"));
    EXPECT_EQ(typeOf(QVariant(QByteArray("", 0))), QStringLiteral("blob"));
    EXPECT_EQ(typeOf(QVariant()), QStringLiteral("null"));
    EXPECT_EQ(typeOf(QVariant(QMetaType::fromType<qint64>())), QStringLiteral("null"));
    EXPECT_EQ(typeOf(QVariant(true)), QStringLiteral("integer"));
    EXPECT_EQ(typeOf(QVariant(7u)), QStringLiteral("integer"));
    EXPECT_EQ(typeOf(QVariant(qint64(1) << 40)), QStringLiteral("integer"));
    EXPECT_EQ(typeOf(QVariant(2.5)), QStringLiteral("real"));
    EXPECT_EQ(typeOf(QVariant(quint64(5))), QStringLiteral("text")) << "as QSQLITE did";

    auto rows = store->exec(QStringLiteral("SELECT NULL, 42, 1.5, 'Đại biểu', x'00ff', ?"), {QStringLiteral("tiếng Việt")});
    ASSERT_TRUE(rows.next());
    EXPECT_TRUE(rows.value(0).isValid());
    EXPECT_TRUE(rows.value(0).isNull());
    EXPECT_EQ(rows.value(0).typeId(), QMetaType::QString) << "NULL reads as a null QString";
    EXPECT_EQ(rows.value(1).typeId(), QMetaType::LongLong);
    EXPECT_EQ(rows.value(1).toLongLong(), 42);
    EXPECT_EQ(rows.value(2).typeId(), QMetaType::Double);
    EXPECT_EQ(rows.value(3), QVariant(QStringLiteral("Đại biểu")));
    EXPECT_EQ(rows.value(4), QVariant(QByteArray("\x00\xff", 2)));
    EXPECT_EQ(rows.value(5), QVariant(QStringLiteral("tiếng Việt"))) << "UTF-8 both ways";
    EXPECT_FALSE(rows.value(6).isValid()) << "no such column";
    EXPECT_FALSE(rows.next());
    EXPECT_FALSE(rows.next()) << "stays at the end";

    // Bad input: a value missing for a parameter, two statements in one text, broken SQL.
    EXPECT_THROW(store->scalar(QStringLiteral("SELECT ? + ?"), {1}), hub::StoreError);
    EXPECT_THROW(store->exec(QStringLiteral("SELECT 1; SELECT 2")), hub::StoreError);
    EXPECT_THROW(store->exec(QStringLiteral("SELEKT 1")), hub::StoreError);
    // exec() runs writes at once and reports what they changed.
    store->exec(QStringLiteral("CREATE TABLE t(k INTEGER PRIMARY KEY)"));
    store->exec(QStringLiteral("INSERT INTO t(k) VALUES(1), (2), (3)"));
    EXPECT_EQ(store->exec(QStringLiteral("DELETE FROM t WHERE k < ?"), {3}).numRowsAffected(), 2);
    EXPECT_EQ(store->scalar(QStringLiteral("SELECT count(*) FROM t")).toInt(), 1);
    // The durability pragmas the hub relies on are in force on the store's connection.
    EXPECT_EQ(store->scalar(QStringLiteral("PRAGMA synchronous")).toInt(), 2) << "synchronous=FULL";
    EXPECT_EQ(store->scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
}

TEST(StatementCache, SavepointsNestAndRollBackInnermostFirst) {
    QTemporaryDir dir;
    auto store = openStore(dir);
    ASSERT_TRUE(store);
    store->exec(QStringLiteral("CREATE TABLE t(k INTEGER PRIMARY KEY)"));
    Store::Transaction tx(*store);
    {
        Store::Savepoint outer(*store);
        store->write(QStringLiteral("INSERT INTO t(k) VALUES(?)"), {1});
        {
            Store::Savepoint inner(*store);
            store->write(QStringLiteral("INSERT INTO t(k) VALUES(?)"), {2});
            inner.rollback();
        }
        {
            Store::Savepoint again(*store); // same depth, same name: must be a fresh savepoint
            store->write(QStringLiteral("INSERT INTO t(k) VALUES(?)"), {3});
            again.release();
        }
        outer.release();
    }
    {
        Store::Savepoint dropped(*store); // destroyed without release: rolled back
        store->write(QStringLiteral("INSERT INTO t(k) VALUES(?)"), {4});
    }
    tx.commit();
    auto q = store->exec(QStringLiteral("SELECT group_concat(k) FROM (SELECT k FROM t ORDER BY k)"));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("1,3"));
}

TEST(SecretBallotSlot, EncodesEveryOptionAndWeightInAFixedSize) {
    using hub::decodeSecretChoice;
    using hub::encodeSecretChoice;
    const std::vector<std::pair<domain::Selection, std::uint64_t>> cases = {
        {{}, 1}, {{0}, 1}, {{1}, 3}, {{2}, 1000}, {{0, 2, 7, 8, 63, 64, 511}, 1}, {{5}, 0xffffffffffull}};
    for (const auto &[selection, weight] : cases) {
        const auto bytes = encodeSecretChoice(selection, weight);
        EXPECT_EQ(bytes.size(), hub::kSecretChoiceBytes);
        const auto back = decodeSecretChoice(bytes);
        EXPECT_EQ(back.selection, selection);
        EXPECT_EQ(back.weight, weight);
    }
    EXPECT_THROW(encodeSecretChoice({domain::kMaxPollOptions}, 1), hub::StoreError) << "option 512 does not fit";
    EXPECT_THROW(decodeSecretChoice(QByteArray(71, '\0')), hub::StoreError) << "short slot";
    EXPECT_THROW(decodeSecretChoice(QByteArray(72, '\0')), hub::StoreError) << "a filled slot with weight 0";
}

} // namespace
} // namespace ecabinet::test
