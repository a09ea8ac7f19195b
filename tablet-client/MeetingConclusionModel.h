// Conclusions as QML sees them (issue 6). CONTRACT between tablet-client and qml/: the role
// names below are what delegates bind to. MeetingSession fills the model on the GUI thread
// (SessionConclusions.cpp); QML only reads.
//
// A seat's model holds approved conclusions only (the hub sends nothing else to it); the
// console of the chair or the secretary also holds drafts and withdrawn drafts.
#pragma once

#include <QAbstractListModel>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QtQml/qqmlregistration.h>

struct ConclusionRow {
    QString conclusionId;
    QString agendaItemId;
    int itemIndex = -1;          // position in the agenda (-1: unknown item)
    QString itemNumber;          // as printed: "2"
    QString itemTitle;
    QString text;                // "" while textPending
    bool textPending = false;    // a draft whose text the console is still fetching
    int status = 0;              // MeetingConclusionModel::Status
    QString statusText;          // translated
    int revision = 0;
    QString draftedByName;
    QString decidedByName;       // who approved / withdrew
    QString pollId;              // approved by this poll ("" = by the chair)
    QString pollQuestion;
    QDateTime approvedAt;        // invalid unless approved
    bool operator==(const ConclusionRow &) const = default;
};

// Roles: conclusionId, agendaItemId, itemIndex, itemNumber, itemTitle, text, textPending,
// status (int, Status), statusText, revision, draftedByName, decidedByName, pollId,
// pollQuestion, approvedAt (QDateTime), isDraft, isApproved (bool).
class MeetingConclusionModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by MeetingSession")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
public:
    // Values mirror ecabinet.proto ConclusionStatus.
    enum Status { StatusNone = 0, StatusDraft = 1, StatusApproved = 2, StatusWithdrawn = 3 };
    Q_ENUM(Status)

    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Replaces rows; rows with the same id and content emit nothing.
    void setRows(const QList<ConclusionRow> &rows);
    const QList<ConclusionRow> &rows() const { return rows_; }
    Q_INVOKABLE QVariantMap get(int row) const;
signals:
    void countChanged();
private:
    QList<ConclusionRow> rows_;
};
