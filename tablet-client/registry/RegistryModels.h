// What the dispatch desk shows, as QML sees it: directives, tasks, a task's
// history and comments, approved conclusions to compose from, units to pick as
// recipients, statistics rows and attachments. CONTRACT between tablet-client
// and qml/: each model's keys below are its role names (delegates bind them as
// `required property`), and get(row) returns the same keys as a map.
// RegistrySession fills the models on the GUI thread; QML only reads, except
// for the pick marks of ConclusionModel and UnitModel (setPicked), which are a
// form's state kept in C++ so that recycled delegates lose nothing.
#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QStringList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

// Rows are maps with a fixed key list (the role names, in role order).
class RecordListModel : public QAbstractListModel {
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
public:
    RecordListModel(QList<QByteArray> keys, QByteArray idKey, QObject *parent);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    QHash<int, QByteArray> roleNames() const override;

    // Replaces the rows; same ids in the same order update rows in place.
    void setRows(const QList<QVariantMap> &rows);
    const QList<QVariantMap> &rows() const { return rows_; }
    Q_INVOKABLE QVariantMap get(int row) const;
    // Row of the record with this id, -1 if absent.
    Q_INVOKABLE int indexOf(const QString &id) const;
    // Changes one key of the record with this id (no-op when absent).
    void setValue(const QString &id, const QByteArray &key, const QVariant &value);
signals:
    void countChanged();
private:
    QList<QByteArray> keys_;
    QByteArray idKey_;
    QList<QVariantMap> rows_;
};

// Directives, newest first. Keys:
//   directiveId, number ("45-TB/TU", "" while a draft), title, text, issuerUnit, issuerName,
//   signer, issuedDate (QDate: the directive's date), publishedAt (QDateTime), published (bool),
//   recipients (QStringList of unit ids), recipientNames (QString, "; "-joined),
//   unread (bool: a unit's desk, not opened by any user of the unit yet),
//   firstReadAt, lastReadAt (QDateTime: this unit's receipt; invalid when unread),
//   readCount, recipientCount (int: dispatch office: units that opened it / all),
//   taskCount (int), conclusionIds (QStringList), pdfAvailable (bool)
class DirectiveModel : public RecordListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by RegistrySession")
    Q_PROPERTY(int unreadCount READ unreadCount NOTIFY countChanged)
public:
    explicit DirectiveModel(QObject *parent = nullptr);
    int unreadCount() const;
};

// Tasks. A unit's desk: its tasks, nearest deadline first; the dispatch office:
// the tasks of the directives it issued. Keys:
//   taskId, directiveId, directiveNumber, title, issuerUnit, leadUnit, leadUnitName,
//   coordinatingUnits (QStringList), coordinatingNames (QString), responsibleLeader,
//   deadline (QDateTime, in force), deadlineText (QString, local date), deadlineDate (QDate),
//   originalDeadline (QString),
//   reportEveryDays (int), taskState (QString: assigned|acknowledged|in_progress|reported|returned|done),
//   stateText (QString, translated), light (QString: green|yellow|red), overdue (bool),
//   daysLeft (int), extended (bool), extensionPending (bool), extensionAsked (QString, the date asked for),
//   extensionReason (QString), myRole (QString: issuer|lead|coordinating|none),
//   lastReport (QString: summary of the latest report), lastEvaluation (QString: the
//   issuer's last word on a report: accepted / returned with reason)
class TaskModel : public RecordListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by RegistrySession")
public:
    explicit TaskModel(QObject *parent = nullptr);
};

// The log of one task, oldest first. Keys:
//   at (QDateTime), action (QString: the domain's action name), actionText (translated),
//   actorUnit, actorUser, fromState, toState (QString), text, newDeadline (QDateTime),
//   attachments (QStringList of file names)
// Keys: at, action, actionText, actorUnit, actorUser, fromState, toState, text, newDeadline,
//   attachments (file names), attachmentHashes (their SHA-256, same order), recordId
class TaskHistoryModel : public RecordListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by RegistrySession")
public:
    explicit TaskHistoryModel(QObject *parent = nullptr);
};

// Comments of one task, oldest first. Keys: commentId, at (QDateTime), unit, unitName,
//   user, text, mine (bool)
class CommentModel : public RecordListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by RegistrySession")
public:
    explicit CommentModel(QObject *parent = nullptr);
};

// Approved conclusions handed to the registry, not yet in a directive. Keys:
//   conclusionId, meetingTitle, itemTitle, conclusionText, approvedAt (QDateTime), picked (bool)
class ConclusionModel : public RecordListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by RegistrySession")
    Q_PROPERTY(int pickedCount READ pickedCount NOTIFY pickedChanged)
public:
    explicit ConclusionModel(QObject *parent = nullptr);
    Q_INVOKABLE void setPicked(int row, bool picked);
    Q_INVOKABLE void clearPicks();
    int pickedCount() const;
    QStringList pickedIds() const;
    // The texts of the picked conclusions, one paragraph each (the draft's text).
    Q_INVOKABLE QString pickedText() const;
signals:
    void pickedChanged();
};

// Units known to the registry (recipients, lead and coordinating units). Keys:
//   unitId, name, isDispatchOffice (bool), issuerCode (QString, offices), picked (bool)
class UnitModel : public RecordListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by RegistrySession")
    Q_PROPERTY(int pickedCount READ pickedCount NOTIFY pickedChanged)
public:
    explicit UnitModel(QObject *parent = nullptr);
    Q_INVOKABLE void setPicked(int row, bool picked);
    Q_INVOKABLE void pickAll(bool picked);
    Q_INVOKABLE QString nameOf(const QString &unitId) const;
    int pickedCount() const;
    QStringList pickedIds() const;
signals:
    void pickedChanged();
};

// One statistics table (per directive or per unit). Keys:
//   key (directive or unit id), label, recipients (int: units a directive went to /
//   directives sent to a unit), readAll, someUnread, noneRead (int: units, for a directive
//   row: units that opened it count in readAll, the others in noneRead; for a unit row: 1
//   in the one that applies), read, unread (int: directive×unit pairs), readState (QString:
//   all|some|none|nothing), reportsIn, reportsExpected, tasks, done, inProgress, overdue,
//   red, yellow, green, onTime (int: done on time), onTimePercent (int, -1 = nothing done yet)
class StatisticsModel : public RecordListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by RegistrySession")
    Q_PROPERTY(QVariantMap totals READ totals NOTIFY totalsChanged)
public:
    explicit StatisticsModel(QObject *parent = nullptr);
    // The sums over all rows (same keys; onTimePercent recomputed, readState empty).
    QVariantMap totals() const { return totals_; }
    void setTotals(const QVariantMap &totals);
signals:
    void totalsChanged();
private:
    QVariantMap totals_;
};

// Files chosen for a progress report (before sending). Keys: path, fileName, size (qint64)
class AttachmentModel : public RecordListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by RegistrySession")
public:
    explicit AttachmentModel(QObject *parent = nullptr);
    QStringList paths() const;
};

// Tasks of the directive being composed (before publishing). Keys:
//   draftId (QString, local), title, leadUnit, leadUnitName, coordinatingUnits (QStringList),
//   coordinatingNames (QString), responsibleLeader, deadline (QDate), reportEveryDays (int)
class DraftTaskModel : public RecordListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by RegistrySession")
public:
    explicit DraftTaskModel(QObject *parent = nullptr);
};
