// RegistrySession (the dispatch desk's backend) against the real ecabinet-registry on SQLite:
// sign-in refusals a person can act on, a unit never getting another unit's task, the whole
// loop publish → receipt → acknowledge → report with an attachment → accept, and what the
// desk does when the registry is not there. Real CURVE sockets, real processes; waits are
// conditions with generous deadlines, never durations.
#include "RegistryFixture.h"
#include "registry/RegistryModels.h"
#include "registry/RegistrySession.h"

#include <gtest/gtest.h>
#include <zmq.h>

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QFile>
#include <QProcess>

#include <chrono>
#include <functional>
#include <memory>

using namespace std::chrono_literals;

namespace {

bool waitUntil(const std::function<bool()> &pred, std::chrono::milliseconds timeout = 30s) {
    return QTest::qWaitFor(pred, static_cast<int>(timeout.count()));
}

struct Outcome {
    bool finished = false;
    bool ok = false;
    QString message;
};

// Calls `issue` and waits for commandFinished(command).
Outcome run(RegistrySession &s, const QString &command, const std::function<void()> &issue) {
    Outcome out;
    auto c = QObject::connect(&s, &RegistrySession::commandFinished,
                              [&](const QString &cmd, bool ok, const QString &message) {
                                  if (cmd != command || out.finished) return;
                                  out = {true, ok, message};
                              });
    issue();
    waitUntil([&] { return out.finished; });
    QObject::disconnect(c);
    return out;
}

const char *const kSigner = "Nguyễn Văn An";

QByteArray readAll(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

class RegistrySessionTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        // A room hub registered by its key, so that it may hand conclusions over.
        char pub[41], sec[41];
        ASSERT_EQ(zmq_curve_keypair(pub, sec), 0);
        hubKeys = {pub, sec};
        registry = std::make_unique<ecabinet::test::RegistryProcess>(
            ecabinet::test::seedJson(3, {{"phong-hop-1", hubKeys.first}}));
        // Directives are signed: a test PKI whose signer is the one publish() names.
        QProcess pki;
        pki.start(QStringLiteral(ECABINET_SOURCE_DIR "/deploy/pki/ecabinet-test-pki"),
                  {QString::fromStdString(registry->dataDir() + "/signing"), QString::fromUtf8(kSigner)});
        ASSERT_TRUE(pki.waitForFinished(120000));
        ASSERT_EQ(pki.exitCode(), 0) << pki.readAllStandardError().toStdString();
        registry->start();
    }
    static void TearDownTestSuite() { registry.reset(); }

    std::unique_ptr<RegistrySession> desk() {
        auto s = std::make_unique<RegistrySession>();
        s->setRegistryEndpoint(QStringLiteral("tcp://127.0.0.1:%1").arg(registry->port()));
        s->setRegistryPublicKey(QString::fromStdString(registry->publicKey()));
        s->start();
        EXPECT_TRUE(waitUntil([&] { return s->connectionState() == RegistrySession::Live; }))
            << "desk never live: " << s->connectionMessage().toStdString();
        return s;
    }
    std::unique_ptr<RegistrySession> signedIn(const char *account) {
        auto s = desk();
        const auto out = run(*s, QStringLiteral("signIn"),
                             [&] { s->signIn(QString::fromLatin1(account), QString::fromLatin1(ecabinet::test::kPassword)); });
        EXPECT_TRUE(out.ok) << account << ": " << out.message.toStdString();
        // The lists of the desk arrive after sign-in (units first).
        EXPECT_TRUE(waitUntil([&] { return s->units()->rowCount() >= 4; })) << "units listed for " << account;
        return s;
    }
    // The office publishes a directive to `recipients` with one task led by each of `leads`.
    QString publish(RegistrySession &office, const QStringList &recipients, const QStringList &leads) {
        for (int i = 0; i < office.units()->rowCount(); ++i)
            office.units()->setPicked(i, recipients.contains(office.units()->get(i).value("unitId").toString()));
        for (const auto &lead : leads)
            EXPECT_TRUE(office.addDraftTask({{"title", "Báo cáo của " + lead},
                                             {"leadUnit", lead},
                                             {"responsibleLeader", "Giám đốc"},
                                             {"deadline", QDate::currentDate().addDays(20)},
                                             {"reportEveryDays", 0}}))
                << office.lastError().toStdString();
        QSignalSpy published(&office, &RegistrySession::published);
        const auto out = run(office, QStringLiteral("publish"), [&] {
            office.publishDirective({{"title", "Kết luận về phòng chống dịch"},
                                     {"text", "Giao các đơn vị triển khai."},
                                     {"signer", QString::fromUtf8(kSigner)},
                                     {"signerTitle", "Phó Bí thư"}});
        });
        EXPECT_TRUE(out.ok) << out.message.toStdString();
        EXPECT_EQ(published.count(), 1);
        return published.isEmpty() ? QString() : published.first().at(0).toString();
    }

    static std::unique_ptr<ecabinet::test::RegistryProcess> registry;
    static std::pair<std::string, std::string> hubKeys;
};
std::unique_ptr<ecabinet::test::RegistryProcess> RegistrySessionTest::registry;
std::pair<std::string, std::string> RegistrySessionTest::hubKeys;

TEST_F(RegistrySessionTest, WrongPasswordIsRefusedWithTextAPersonCanActOn) {
    auto s = desk();
    QSignalSpy refused(s.get(), &RegistrySession::signInRefused);
    // Tried: the unit's real account with a wrong password.
    const auto out = run(*s, QStringLiteral("signIn"), [&] { s->signIn(QStringLiteral("u03"), QStringLiteral("sai-mat-khau")); });
    ASSERT_TRUE(out.finished);
    EXPECT_FALSE(out.ok);
    EXPECT_TRUE(out.message.startsWith(QStringLiteral("Wrong account name or password."))) << out.message.toStdString();
    EXPECT_TRUE(out.message.contains(QStringLiteral("attempt"))) << "says how many tries are left: " << out.message.toStdString();
    ASSERT_EQ(refused.count(), 1);
    EXPECT_EQ(refused.first().at(0).toString(), out.message);
    EXPECT_FALSE(s->signedIn());
    EXPECT_EQ(s->deskRole(), RegistrySession::NoDesk);
    EXPECT_EQ(s->directives()->rowCount(), 0) << "nothing is listed without an account";

    // Tried: an empty password — refused here, nothing sent.
    const auto empty = run(*s, QStringLiteral("signIn"), [&] { s->signIn(QStringLiteral("u03"), QString()); });
    EXPECT_FALSE(empty.ok);
    EXPECT_FALSE(empty.message.isEmpty());

    // The right password still works afterwards.
    const auto good = run(*s, QStringLiteral("signIn"),
                          [&] { s->signIn(QStringLiteral("u03"), QString::fromLatin1(ecabinet::test::kPassword)); });
    EXPECT_TRUE(good.ok) << good.message.toStdString();
    EXPECT_EQ(s->deskRole(), RegistrySession::Unit);
    EXPECT_EQ(s->unitId(), QStringLiteral("u03"));
}

TEST_F(RegistrySessionTest, AUnitNeverGetsAnotherUnitsTask) {
    auto office = signedIn("vanthu");
    ASSERT_EQ(office->deskRole(), RegistrySession::DispatchOffice);
    const QString directiveId = publish(*office, {"u01", "u02"}, {"u02"});
    ASSERT_FALSE(directiveId.isEmpty());
    ASSERT_TRUE(waitUntil([&] { return office->tasks()->rowCount() >= 1; }));
    QString taskOfU02;
    for (const auto &t : office->tasks()->rows())
        if (t.value("directiveId").toString() == directiveId) taskOfU02 = t.value("taskId").toString();
    ASSERT_FALSE(taskOfU02.isEmpty());

    auto u01 = signedIn("u01");
    ASSERT_TRUE(waitUntil([&] { return u01->directives()->indexOf(directiveId) >= 0; })) << "u01 received the directive";
    // u01 is a recipient but has no part in u02's task: its list does not hold it...
    EXPECT_LT(u01->tasks()->indexOf(taskOfU02), 0);
    // ...and asking for it by id is refused like an id that does not exist.
    const auto asked = run(*u01, QStringLiteral("openTask"), [&] { u01->openTask(taskOfU02); });
    ASSERT_TRUE(asked.finished);
    EXPECT_FALSE(asked.ok);
    EXPECT_EQ(asked.message, QStringLiteral("Not found, or not sent to your unit.")) << asked.message.toStdString();
    EXPECT_TRUE(u01->currentTask().isEmpty()) << "nothing of the task reached the desk";
    EXPECT_EQ(u01->taskHistory()->rowCount(), 0);
    // A step on it is refused the same way, and the task did not move.
    const auto step = run(*u01, QStringLiteral("acknowledge"), [&] { u01->acknowledgeTask(taskOfU02); });
    EXPECT_FALSE(step.ok);
    EXPECT_EQ(step.message, QStringLiteral("Not found, or not sent to your unit."));
    const auto check = run(*office, QStringLiteral("openTask"), [&] { office->openTask(taskOfU02); });
    ASSERT_TRUE(check.ok) << check.message.toStdString();
    EXPECT_EQ(office->currentTask().value("taskState").toString(), QStringLiteral("assigned"));

    // The recipient saves the directive's signed PDF; pdfsig verifies it and names the signer.
    QTemporaryDir out;
    ASSERT_TRUE(run(*u01, QStringLiteral("openDirective"), [&] { u01->openDirective(directiveId); }).ok);
    EXPECT_TRUE(u01->currentDirective().value("pdfAvailable").toBool());
    const QString pdf = out.filePath(u01->currentDirective().value("pdfFileName").toString());
    const auto saved = run(*u01, QStringLiteral("saveFile"), [&] { u01->saveDirectivePdf(directiveId, pdf); });
    ASSERT_TRUE(saved.ok) << saved.message.toStdString();
    QProcess sig;
    sig.setProcessChannelMode(QProcess::MergedChannels);
    sig.start(QStringLiteral("pdfsig"), {QStringLiteral("-nssdir"),
                                         QString::fromStdString("sql:" + registry->dataDir() + "/signing/nssdb"), pdf});
    ASSERT_TRUE(sig.waitForFinished(60000));
    const QString report = QString::fromUtf8(sig.readAll());
    EXPECT_TRUE(report.contains(QStringLiteral("Signature is Valid."))) << report.toStdString();
    EXPECT_TRUE(report.contains(QString::fromUtf8(kSigner))) << report.toStdString();

    // u03 was not a recipient: the directive itself is not found for it either.
    auto u03 = signedIn("u03");
    const QString stolen = out.filePath(QStringLiteral("stolen.pdf"));
    const auto refusedPdf = run(*u03, QStringLiteral("saveFile"), [&] { u03->saveDirectivePdf(directiveId, stolen); });
    EXPECT_FALSE(refusedPdf.ok);
    EXPECT_FALSE(QFile::exists(stolen)) << "not a byte of another unit's directive on disk";
    const auto foreign = run(*u03, QStringLiteral("openDirective"), [&] { u03->openDirective(directiveId); });
    EXPECT_FALSE(foreign.ok);
    EXPECT_EQ(foreign.message, QStringLiteral("Not found, or not sent to your unit."));
    EXPECT_LT(u03->directives()->indexOf(directiveId), 0);
}

TEST_F(RegistrySessionTest, PublishReadAcknowledgeReportWithAttachmentAccept) {
    auto office = signedIn("vanthu");
    const QString directiveId = publish(*office, {"u02"}, {"u02"});
    ASSERT_FALSE(directiveId.isEmpty());
    EXPECT_EQ(office->draftTasks()->rowCount(), 0) << "the draft is cleared after publishing";

    auto u02 = signedIn("u02");
    ASSERT_TRUE(waitUntil([&] { return u02->directives()->indexOf(directiveId) >= 0; }));
    const int row = u02->directives()->indexOf(directiveId);
    EXPECT_TRUE(u02->directives()->get(row).value("unread").toBool());
    const int unreadBefore = u02->directives()->unreadCount();

    // Opening records the receipt: the unread mark goes, the office sees it read.
    ASSERT_TRUE(run(*u02, QStringLiteral("openDirective"), [&] { u02->openDirective(directiveId); }).ok);
    EXPECT_FALSE(u02->directives()->get(row).value("unread").toBool());
    EXPECT_EQ(u02->directives()->unreadCount(), unreadBefore - 1);
    EXPECT_TRUE(u02->currentDirective().value("firstReadAt").toDateTime().isValid());
    office->refresh();
    ASSERT_TRUE(waitUntil([&] {
        const int i = office->directives()->indexOf(directiveId);
        return i >= 0 && office->directives()->get(i).value("readCount").toInt() == 1;
    })) << "the office sees the receipt";

    ASSERT_EQ(u02->directiveTasks()->rowCount(), 1);
    const QString taskId = u02->directiveTasks()->get(0).value("taskId").toString();
    ASSERT_TRUE(run(*u02, QStringLiteral("openTask"), [&] { u02->openTask(taskId); }).ok);
    EXPECT_EQ(u02->currentTask().value("myRole").toString(), QStringLiteral("lead"));

    // Tried: reporting before starting — the registry's rule, in words.
    const auto early = run(*u02, QStringLiteral("report"), [&] { u02->reportProgress(taskId, QStringLiteral("Sớm quá")); });
    EXPECT_FALSE(early.ok);
    EXPECT_EQ(early.message.toStdString(),
              "This step is not possible in the task's present state. The list now shows the current state.");

    ASSERT_TRUE(run(*u02, QStringLiteral("acknowledge"), [&] { u02->acknowledgeTask(taskId); }).ok);
    ASSERT_TRUE(run(*u02, QStringLiteral("start"), [&] { u02->startTask(taskId); }).ok);
    EXPECT_EQ(u02->currentTask().value("taskState").toString(), QStringLiteral("in_progress"));

    // A report with a file larger than one chunk goes up in pieces, then the step names it.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bao-cao-tien-do.pdf"));
    {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        QByteArray bytes(600 * 1024, '\0');
        for (int i = 0; i < bytes.size(); ++i) bytes[i] = char(i * 31 % 251);
        f.write(bytes);
    }
    ASSERT_TRUE(u02->addAttachment(path)) << u02->lastError().toStdString();
    EXPECT_FALSE(u02->addAttachment(dir.filePath(QStringLiteral("missing.pdf")))) << "a missing file is refused";
    EXPECT_EQ(u02->attachments()->rowCount(), 1);
    const auto report = run(*u02, QStringLiteral("report"),
                            [&] { u02->reportProgress(taskId, QStringLiteral("Đã hoàn thành 95%.")); });
    ASSERT_TRUE(report.ok) << report.message.toStdString();
    EXPECT_EQ(u02->currentTask().value("taskState").toString(), QStringLiteral("reported"));
    EXPECT_EQ(u02->attachments()->rowCount(), 0);
    bool attached = false;
    for (const auto &h : u02->taskHistory()->rows())
        attached = attached || h.value("attachments").toStringList() == QStringList{QStringLiteral("bao-cao-tien-do.pdf")};
    EXPECT_TRUE(attached) << "the report's history row names the file";

    // The office opens the report's file from the task's history: the same bytes.
    ASSERT_TRUE(run(*office, QStringLiteral("openTask"), [&] { office->openTask(taskId); }).ok);
    QString sha;
    for (const auto &h : office->taskHistory()->rows())
        if (!h.value("attachmentHashes").toStringList().isEmpty()) sha = h.value("attachmentHashes").toStringList().first();
    ASSERT_FALSE(sha.isEmpty()) << "the history names the file's hash";
    const QString fetched = dir.filePath(QStringLiteral("office-copy.pdf"));
    const auto saved = run(*office, QStringLiteral("saveFile"), [&] { office->saveAttachment(sha, fetched); });
    ASSERT_TRUE(saved.ok) << saved.message.toStdString();
    EXPECT_EQ(readAll(fetched), readAll(path)) << "600 KiB in three chunks, byte for byte";
    // Tried: a hash the registry does not hold: refused, nothing written.
    const QString none = dir.filePath(QStringLiteral("none.pdf"));
    const auto missing = run(*office, QStringLiteral("saveFile"),
                             [&] { office->saveAttachment(QString(64, QLatin1Char('0')), none); });
    EXPECT_FALSE(missing.ok);
    EXPECT_FALSE(QFile::exists(none));

    // The office accepts; the unit sees the evaluation.
    ASSERT_TRUE(run(*office, QStringLiteral("accept"), [&] { office->acceptReport(taskId, QStringLiteral("Tốt")); }).ok);
    ASSERT_TRUE(run(*u02, QStringLiteral("openTask"), [&] { u02->openTask(taskId); }).ok);
    EXPECT_EQ(u02->currentTask().value("taskState").toString(), QStringLiteral("done"));
    EXPECT_EQ(u02->currentTask().value("lastEvaluation").toString(), QStringLiteral("Accepted: Tốt"));

    // Statistics of this directive as the office sees them.
    ASSERT_TRUE(run(*office, QStringLiteral("statistics"), [&] { office->loadStatistics(); }).ok);
    const int s = office->directiveStatistics()->indexOf(directiveId);
    ASSERT_GE(s, 0);
    const auto stats = office->directiveStatistics()->get(s);
    EXPECT_EQ(stats.value("recipients").toInt(), 1);
    EXPECT_EQ(stats.value("read").toInt(), 1);
    EXPECT_EQ(stats.value("reportsIn").toInt(), 1);
    EXPECT_EQ(stats.value("done").toInt(), 1);
    EXPECT_EQ(stats.value("onTimePercent").toInt(), 100);

    // The status report: this registry makes no PDF, so the desk makes it from what it shows.
    QTemporaryDir out;
    const QString pdf = out.filePath(QStringLiteral("bao-cao.pdf"));
    const auto exported = run(*office, QStringLiteral("exportPdf"), [&] { office->exportStatusPdf(pdf); });
    ASSERT_TRUE(exported.ok) << exported.message.toStdString();
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    ASSERT_TRUE(text.waitForFinished(60000));
    const QString words = QString::fromUtf8(text.readAllStandardOutput());
    EXPECT_EQ(text.exitCode(), 0) << "pdftotext reads it";
    const QString number = office->directiveStatistics()->get(s).value("label").toString().section(QLatin1Char(' '), 0, 0);
    EXPECT_TRUE(words.contains(number)) << "the directive's number " << number.toStdString() << " is in: " << words.toStdString();
    EXPECT_TRUE(words.contains(QStringLiteral("Đơn vị 02"))) << "Vietnamese unit names survive";
}

TEST_F(RegistrySessionTest, ComposerChecksWhatAPersonCanFixBeforeSending) {
    auto office = signedIn("vanthu");
    // Tried: a task whose lead is not among the recipients.
    office->units()->pickAll(false);
    office->units()->setPicked(office->units()->indexOf(QStringLiteral("u01")), true);
    ASSERT_TRUE(office->addDraftTask({{"title", "Việc của u03"}, {"leadUnit", "u03"},
                                      {"deadline", QDate::currentDate().addDays(5)}}));
    const auto out = run(*office, QStringLiteral("publish"), [&] {
        office->publishDirective({{"title", "T"}, {"text", "N"}, {"signer", "A"}});
    });
    EXPECT_FALSE(out.ok);
    EXPECT_TRUE(out.message.contains(QStringLiteral("is not a recipient"))) << out.message.toStdString();
    EXPECT_EQ(office->draftTasks()->rowCount(), 1) << "the draft is kept to be fixed";
    // Tried: a deadline in the past, and a lead that also coordinates.
    EXPECT_FALSE(office->addDraftTask({{"title", "X"}, {"leadUnit", "u01"}, {"deadline", QDate::currentDate().addDays(-1)}}));
    EXPECT_FALSE(office->addDraftTask({{"title", "X"}, {"leadUnit", "u01"}, {"coordinatingUnits", QStringList{"u01"}},
                                       {"deadline", QDate::currentDate().addDays(3)}}));
    EXPECT_EQ(office->draftTasks()->rowCount(), 1);
}

TEST_F(RegistrySessionTest, ComposesFromConclusionsHandedOverByAHub) {
    // The room hub hands an approved conclusion over (as its outbox courier does).
    ecabinet::test::RegistryClient hub(registry->port(), registry->publicKey(), hubKeys.first, hubKeys.second);
    ecabinet::wire::RegistryEnvelope h;
    auto *c = h.mutable_hand_off()->add_conclusions();
    c->set_meeting_id("m1");
    c->set_meeting_title("Hội nghị Ban Thường vụ");
    c->set_meeting_date("2026-11-23");
    c->set_item_number("2");
    c->set_item_title("Đầu tư công");
    c->set_conclusion_id("c-dispatch-1");
    c->set_text("Giao Sở Kế hoạch và Đầu tư rà soát danh mục dự án trước ngày 31/12.");
    c->set_approved_by("Nguyễn Văn A");
    c->set_approved_at_ms(QDateTime::currentMSecsSinceEpoch());
    ASSERT_TRUE(hub.call(h).has_hand_off_result());

    auto office = signedIn("vanthu");
    ASSERT_TRUE(waitUntil([&] { return office->conclusions()->indexOf("phong-hop-1/c-dispatch-1") >= 0; }))
        << "the pending conclusion is offered to the composer";
    const int row = office->conclusions()->indexOf(QStringLiteral("phong-hop-1/c-dispatch-1"));
    EXPECT_EQ(office->conclusions()->get(row).value("itemTitle").toString(), QStringLiteral("2. Đầu tư công"));
    EXPECT_EQ(office->conclusions()->pickedCount(), 0);
    office->conclusions()->setPicked(row, true);
    EXPECT_EQ(office->conclusions()->pickedCount(), 1);
    EXPECT_TRUE(office->conclusions()->pickedText().contains(QStringLiteral("rà soát danh mục dự án")));

    const QString directiveId = publish(*office, {"u01"}, {});
    ASSERT_FALSE(directiveId.isEmpty());
    // Published from it: no longer pending, so no longer offered.
    ASSERT_TRUE(waitUntil([&] { return office->conclusions()->indexOf("phong-hop-1/c-dispatch-1") < 0; }));
    ASSERT_TRUE(run(*office, QStringLiteral("openDirective"), [&] { office->openDirective(directiveId); }).ok);
    EXPECT_EQ(office->currentDirective().value("conclusionIds").toStringList(),
              QStringList{QStringLiteral("phong-hop-1/c-dispatch-1")});
}

TEST_F(RegistrySessionTest, ReturnExtensionAndCommentsReachTheOtherDesk) {
    auto office = signedIn("vanthu");
    const QString directiveId = publish(*office, {"u03"}, {"u03"});
    ASSERT_FALSE(directiveId.isEmpty());
    auto u03 = signedIn("u03");
    ASSERT_TRUE(run(*u03, QStringLiteral("openDirective"), [&] { u03->openDirective(directiveId); }).ok);
    ASSERT_EQ(u03->directiveTasks()->rowCount(), 1);
    const QString taskId = u03->directiveTasks()->get(0).value("taskId").toString();
    const QDate firstDeadline = u03->directiveTasks()->get(0).value("deadlineDate").toDate();
    ASSERT_TRUE(run(*u03, QStringLiteral("acknowledge"), [&] { u03->acknowledgeTask(taskId); }).ok);
    ASSERT_TRUE(run(*u03, QStringLiteral("start"), [&] { u03->startTask(taskId); }).ok);

    // Extension: asked with a reason; a second ask while one waits is refused by the rule.
    const QDate asked = firstDeadline.addDays(10);
    ASSERT_TRUE(run(*u03, QStringLiteral("requestExtension"), [&] {
        u03->requestExtension(taskId, asked, QStringLiteral("Chờ số liệu của các huyện"));
    }).ok);
    EXPECT_TRUE(u03->currentTask().value("extensionPending").toBool());
    const auto again = run(*u03, QStringLiteral("requestExtension"), [&] {
        u03->requestExtension(taskId, asked.addDays(1), QStringLiteral("Thêm lần nữa"));
    });
    EXPECT_FALSE(again.ok);
    EXPECT_EQ(again.message.toStdString(), "An extension request is already waiting for the issuer's answer.");
    // Tried: asking without a reason — refused on the desk, nothing sent.
    const auto noReason = run(*u03, QStringLiteral("requestExtension"), [&] { u03->requestExtension(taskId, asked, {}); });
    EXPECT_FALSE(noReason.ok);

    // The office sees the request with its reason and grants a date of its own.
    ASSERT_TRUE(run(*office, QStringLiteral("openTask"), [&] { office->openTask(taskId); }).ok);
    EXPECT_TRUE(office->currentTask().value("extensionPending").toBool());
    EXPECT_EQ(office->currentTask().value("extensionReason").toString(), QStringLiteral("Chờ số liệu của các huyện"));
    const QDate granted = firstDeadline.addDays(7);
    ASSERT_TRUE(run(*office, QStringLiteral("grantExtension"), [&] {
        office->grantExtension(taskId, granted, QStringLiteral("Gia hạn 7 ngày"));
    }).ok);
    EXPECT_EQ(office->currentTask().value("deadlineDate").toDate(), granted);
    EXPECT_TRUE(office->currentTask().value("extended").toBool());
    EXPECT_FALSE(office->currentTask().value("extensionPending").toBool());

    // Comments go both ways.
    ASSERT_TRUE(run(*office, QStringLiteral("comment"), [&] {
        office->addComment(taskId, QStringLiteral("Đề nghị gửi kèm biểu mẫu số 2"));
    }).ok);
    ASSERT_TRUE(run(*u03, QStringLiteral("openTask"), [&] { u03->openTask(taskId); }).ok);
    EXPECT_EQ(u03->currentTask().value("deadlineDate").toDate(), granted) << "the unit sees the new deadline";
    ASSERT_EQ(u03->comments()->rowCount(), 1);
    EXPECT_EQ(u03->comments()->get(0).value("text").toString(), QStringLiteral("Đề nghị gửi kèm biểu mẫu số 2"));
    EXPECT_FALSE(u03->comments()->get(0).value("mine").toBool());
    EXPECT_EQ(u03->comments()->get(0).value("unit").toString(), QStringLiteral("vptu"));

    // A report returned with a reason: the unit sees why and may report again.
    ASSERT_TRUE(run(*u03, QStringLiteral("report"), [&] { u03->reportProgress(taskId, QStringLiteral("Xong phần 1")); }).ok);
    // Tried: returning without a reason — refused on the desk.
    EXPECT_FALSE(run(*office, QStringLiteral("return"), [&] { office->returnReport(taskId, QStringLiteral("  ")); }).ok);
    ASSERT_TRUE(run(*office, QStringLiteral("return"), [&] {
        office->returnReport(taskId, QStringLiteral("Thiếu số liệu huyện Mường Tè"));
    }).ok);
    ASSERT_TRUE(run(*u03, QStringLiteral("openTask"), [&] { u03->openTask(taskId); }).ok);
    EXPECT_EQ(u03->currentTask().value("taskState").toString(), QStringLiteral("returned"));
    EXPECT_EQ(u03->currentTask().value("lastEvaluation").toString(), QStringLiteral("Returned: Thiếu số liệu huyện Mường Tè"));
    ASSERT_TRUE(run(*u03, QStringLiteral("report"), [&] { u03->reportProgress(taskId, QStringLiteral("Đã bổ sung")); }).ok);
    EXPECT_EQ(u03->currentTask().value("taskState").toString(), QStringLiteral("reported"));
    EXPECT_TRUE(u03->currentTask().value("lastEvaluation").toString().isEmpty()) << "a new report awaits evaluation";
}

TEST(RegistrySessionOffline, NoRegistryMeansAClearBannerAndNoSilentFailure) {
    RegistrySession s;
    // Tried: a malformed key — refused before connecting.
    s.setRegistryEndpoint(QStringLiteral("tcp://127.0.0.1:1"));
    s.setRegistryPublicKey(QStringLiteral("short"));
    s.start();
    EXPECT_EQ(s.connectionState(), RegistrySession::Disconnected);
    EXPECT_TRUE(s.lastError().contains(QStringLiteral("40 characters"))) << s.lastError().toStdString();
    // Tried: signing in while nothing is connected — answered at once.
    const auto out = run(s, QStringLiteral("signIn"), [&] { s.signIn(QStringLiteral("u01"), QStringLiteral("x")); });
    EXPECT_TRUE(out.finished);
    EXPECT_FALSE(out.ok);
    EXPECT_FALSE(s.busy());
}

} // namespace
