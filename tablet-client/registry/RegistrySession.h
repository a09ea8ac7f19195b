// RegistrySession: a dispatch desk's connection to the directive registry, as
// QML and headless code see it (ecabinet-dispatch).
//
// CONTRACT between tablet-client (implements it) and qml/ (uses it). The
// network runs on its own thread (RegistryAgent: request/reply over a CURVE
// DEALER); this object lives on the GUI thread and gets decoded replies through
// queued signals. A person signs in with their account (user + password); the
// registry says which unit they act for and whether it is the dispatch office.
// Everything a desk shows comes from the registry, which enforces what a unit
// may see: this class only ever asks for "mine" (the signed-in unit's
// directives and tasks), never for another unit's.
//
// Every action reports through commandFinished(<command>, ok, message) and, on
// failure, lastError (translated text a person can act on). Lists are
// refreshed after every change this desk makes; refresh() reloads on demand.
#pragma once

#include <QDate>
#include <QDateTime>
#include <QObject>
#include <QString>
#include <QUrl>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <memory>

class DirectiveModel;
class TaskModel;
class TaskHistoryModel;
class CommentModel;
class ConclusionModel;
class UnitModel;
class StatisticsModel;
class AttachmentModel;
class DraftTaskModel;
Q_MOC_INCLUDE("registry/RegistryModels.h")

class RegistrySession : public QObject {
    Q_OBJECT
    QML_ELEMENT

    // --- connection ---
    // Where the registry listens, "tcp://host:7403" (the hub's registry socket, or
    // ecabinet-registry), and its CURVE public key (Z85, 40 characters; the hub's
    // hub.pub when the registry runs inside the hub). Desks are not enrolled: each start
    // makes a fresh CURVE key pair, and the person signs in with account and password
    // (docs/PROTOCOL.md §11.1). Set both before start().
    Q_PROPERTY(QString registryEndpoint READ registryEndpoint WRITE setRegistryEndpoint NOTIFY configChanged)
    Q_PROPERTY(QString registryPublicKey READ registryPublicKey WRITE setRegistryPublicKey NOTIFY configChanged)
    Q_PROPERTY(ConnectionState connectionState READ connectionState NOTIFY connectionStateChanged)
    // Translated text for the banner ("" when Live).
    Q_PROPERTY(QString connectionMessage READ connectionMessage NOTIFY connectionStateChanged)

    // --- who is signed in ---
    Q_PROPERTY(bool signedIn READ signedIn NOTIFY accountChanged)
    Q_PROPERTY(QString userId READ userId NOTIFY accountChanged)
    Q_PROPERTY(QString userName READ userName NOTIFY accountChanged)
    Q_PROPERTY(QString unitId READ unitId NOTIFY accountChanged)
    Q_PROPERTY(QString unitName READ unitName NOTIFY accountChanged)
    Q_PROPERTY(DeskRole deskRole READ deskRole NOTIFY accountChanged)

    // --- lists ---
    Q_PROPERTY(DirectiveModel *directives READ directives CONSTANT)
    Q_PROPERTY(TaskModel *tasks READ tasks CONSTANT)
    Q_PROPERTY(ConclusionModel *conclusions READ conclusions CONSTANT)
    Q_PROPERTY(UnitModel *units READ units CONSTANT)
    // The directive opened last (openDirective), keys as DirectiveModel; {} when none.
    Q_PROPERTY(QVariantMap currentDirective READ currentDirective NOTIFY currentDirectiveChanged)
    // Tasks of currentDirective (dispatch office: to evaluate; unit: its own).
    Q_PROPERTY(TaskModel *directiveTasks READ directiveTasks CONSTANT)
    // The task opened last (openTask), keys as TaskModel; its history and comments.
    Q_PROPERTY(QVariantMap currentTask READ currentTask NOTIFY currentTaskChanged)
    Q_PROPERTY(TaskHistoryModel *taskHistory READ taskHistory CONSTANT)
    Q_PROPERTY(CommentModel *comments READ comments CONSTANT)
    // Files picked for the next progress report.
    Q_PROPERTY(AttachmentModel *attachments READ attachments CONSTANT)
    // Tasks of the directive being composed (dispatch office).
    Q_PROPERTY(DraftTaskModel *draftTasks READ draftTasks CONSTANT)

    // --- statistics (dashboard) ---
    Q_PROPERTY(StatisticsModel *directiveStatistics READ directiveStatistics CONSTANT)
    Q_PROPERTY(StatisticsModel *unitStatistics READ unitStatistics CONSTANT)
    // Filters applied by loadStatistics(): invalid dates = open-ended; "" = all.
    Q_PROPERTY(QDate periodFrom READ periodFrom WRITE setPeriodFrom NOTIFY filtersChanged)
    Q_PROPERTY(QDate periodTo READ periodTo WRITE setPeriodTo NOTIFY filtersChanged)
    Q_PROPERTY(QString issuerFilter READ issuerFilter WRITE setIssuerFilter NOTIFY filtersChanged)
    Q_PROPERTY(QString unitFilter READ unitFilter WRITE setUnitFilter NOTIFY filtersChanged)

    // --- feedback ---
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)
    Q_PROPERTY(QString lastInfo READ lastInfo NOTIFY lastInfoChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)

public:
    enum ConnectionState { Disconnected, Connecting, Live, Incompatible, Refused };
    Q_ENUM(ConnectionState)
    enum DeskRole { NoDesk, DispatchOffice, Unit };
    Q_ENUM(DeskRole)

    explicit RegistrySession(QObject *parent = nullptr);
    ~RegistrySession() override;

    QString registryEndpoint() const;
    void setRegistryEndpoint(const QString &endpoint);
    QString registryPublicKey() const;
    void setRegistryPublicKey(const QString &z85);
    ConnectionState connectionState() const;
    QString connectionMessage() const;

    bool signedIn() const;
    QString userId() const;
    QString userName() const;
    QString unitId() const;
    QString unitName() const;
    DeskRole deskRole() const;

    DirectiveModel *directives() const;
    TaskModel *tasks() const;
    ConclusionModel *conclusions() const;
    UnitModel *units() const;
    QVariantMap currentDirective() const;
    TaskModel *directiveTasks() const;
    QVariantMap currentTask() const;
    TaskHistoryModel *taskHistory() const;
    CommentModel *comments() const;
    AttachmentModel *attachments() const;
    DraftTaskModel *draftTasks() const;
    StatisticsModel *directiveStatistics() const;
    StatisticsModel *unitStatistics() const;

    QDate periodFrom() const;
    void setPeriodFrom(const QDate &date);
    QDate periodTo() const;
    void setPeriodTo(const QDate &date);
    QString issuerFilter() const;
    void setIssuerFilter(const QString &unitId);
    QString unitFilter() const;
    void setUnitFilter(const QString &unitId);

    QString lastError() const;
    QString lastInfo() const;
    bool busy() const;

    // A local file path from what a QML FileDialog returns (file:// URL or path).
    Q_INVOKABLE static QString localPath(const QUrl &url);
    // Default file names for exports, in the user's documents folder.
    Q_INVOKABLE static QString suggestedExportPath(const QString &fileName);

public slots:
    void start();
    void stop();

    void signIn(const QString &user, const QString &password);
    void signOut();
    // Reloads the lists of this desk (directives, tasks; the office also conclusions and units).
    void refresh();

    // Opens a directive: its detail and tasks. On a unit's desk the registry records the
    // receipt (first / last read); the unread mark goes away when it answers.
    void openDirective(const QString &directiveId);
    void closeDirective();
    // Opens a task: its detail, history and comments.
    void openTask(const QString &taskId);
    void closeTask();

    // --- dispatch office: compose and publish ---
    // `task` keys: title, leadUnit, coordinatingUnits (QStringList), responsibleLeader,
    // deadline (QDate; the end of that day in the issuer's zone), reportEveryDays (int).
    // Checked here first (what a person can fix before sending); the registry checks again.
    bool addDraftTask(const QVariantMap &task);
    void removeDraftTask(int row);
    // `directive` keys: title, text, date (QDate), signer; the picked conclusions and the
    // picked units (recipients) come from the models; the tasks from draftTasks. The registry
    // numbers, signs and publishes; published(directiveId, number) then.
    void publishDirective(const QVariantMap &directive);
    // Evaluate a report / answer an extension request.
    void acceptReport(const QString &taskId, const QString &comment = QString());
    void returnReport(const QString &taskId, const QString &reason);
    void grantExtension(const QString &taskId, const QDate &newDeadline, const QString &reason = QString());
    void refuseExtension(const QString &taskId, const QString &reason);

    // --- a unit's desk ---
    void acknowledgeTask(const QString &taskId, const QString &note = QString());
    void startTask(const QString &taskId);
    // Sends the files in `attachments` first (through the registry protocol), then the report.
    void reportProgress(const QString &taskId, const QString &summary);
    bool addAttachment(const QString &pathOrUrl);
    void removeAttachment(int row);
    void requestExtension(const QString &taskId, const QDate &proposed, const QString &reason);

    // --- both ---
    void addComment(const QString &taskId, const QString &text);

    // --- statistics and exports ---
    void loadStatistics();
    void clearFilters();
    // Written here from the models (UTF-8 with BOM, RFC 4180 quoting). Return false and set
    // lastError when the file cannot be written.
    bool exportStatisticsCsv(const QString &pathOrUrl);
    bool exportTasksCsv(const QString &pathOrUrl);
    // iCalendar (RFC 5545) with one all-day event per task deadline in `tasks`.
    bool exportDeadlinesIcs(const QString &pathOrUrl);
    // The status report as a PDF, produced by the registry for the current filters.
    void exportStatusPdf(const QString &pathOrUrl);

    // --- files from the registry (fetched in chunks, hash-checked, then written) ---
    // The directive's signed PDF (a unit: only directives sent to it). commandFinished("saveFile").
    void saveDirectivePdf(const QString &directiveId, const QString &pathOrUrl);
    // A file attached to a report (by its SHA-256, as in the history's attachmentHashes).
    void saveAttachment(const QString &sha256, const QString &pathOrUrl);

signals:
    void configChanged();
    void connectionStateChanged();
    void accountChanged();
    void currentDirectiveChanged();
    void currentTaskChanged();
    void filtersChanged();
    void lastErrorChanged();
    void lastInfoChanged();
    void busyChanged();
    // Every reply to an action of this desk.
    void commandFinished(const QString &command, bool ok, const QString &message);
    void signInRefused(const QString &message);
    void published(const QString &directiveId, const QString &number);
    void statisticsLoaded();
    void exported(const QString &path);

private:
    bool reportExport(const QString &path, const QString &error); // RegistryDesk.cpp
    struct Private;
    std::unique_ptr<Private> d;
};
