// The meeting floor as QML sees it: polls, who has (not) voted, the speaker
// queue. CONTRACT between tablet-client and qml/: the role names below are what
// delegates bind to (`required property`). MeetingSession fills the models on
// the GUI thread (SessionFloor.cpp); QML only reads.
//
// A poll is one QVariantMap with the keys listed at PollModel; the same map is
// what MeetingSession::activePoll / focusPoll return, so a panel can bind to
// either a delegate or the session.
#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

// Polls of the meeting in the order prepared, one row per poll. Roles (and keys
// of the poll maps):
//   pollId (QString), question (QString), kind (int, PollModel::Kind),
//   mode (int, Mode), status (int, Status), statusText (QString, translated),
//   modeText (QString), options (QStringList, translated labels for motions),
//   minSelections, maxSelections (int), allowChange (bool),
//   majorityText (QString: the rule in words), agendaItemId (QString),
//   ballotsIn, eligible (int), notVotedNames, votedNames (QStringList),
//   hasVoted (bool: the person at this device has a ballot in),
//   myBallot (int, BallotState: this device's own ballot request),
//   canVote (bool: open, I am in the electorate, present, and may (re)vote),
//   proxyPrincipalId, proxyPrincipalName (QString: whose vote I carry, "" none),
//   proxyPrincipalVoted (bool), proxiesText (QString: "holder for principal; …", "" when none),
//   resultVisible (bool: a tally is known here — live for open mode, after close otherwise),
//   tally (QVariantList of maps {label, count, weight, share (0..1 of the ballot weight)}),
//   blankCount (int), ballotWeight (int),
//   verdict (int, Verdict), verdictText (QString), requiredText (QString: what adopts),
//   quorumRequired (bool: the poll has a quorum rule), quorumReached (bool),
//   quorumText (QString), rerunOf (QString), isActive (bool: the poll seats see now)
class PollModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by MeetingSession")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
public:
    // Values mirror ecabinet.proto (PollKind, PollMode, PollStatus, Verdict).
    enum Kind { KindNone = 0, KindYesNo = 1, KindChoice = 2 };
    Q_ENUM(Kind)
    enum Mode { ModeNone = 0, ModeOpen = 1, ModeNamed = 2, ModeSecret = 3 };
    Q_ENUM(Mode)
    enum Status { StatusNone = 0, StatusPrepared = 1, StatusOpen = 2, StatusClosed = 3, StatusPublished = 4,
                  StatusCancelled = 5 };
    Q_ENUM(Status)
    enum Verdict { VerdictNone = 0, VerdictPassed = 1, VerdictFailed = 2, VerdictTie = 3 };
    Q_ENUM(Verdict)
    // This device's own ballot in a poll: sent and waiting for the hub's receipt,
    // recorded (the hub acknowledged it after commit), or refused.
    enum BallotState { BallotNone = 0, BallotSending = 1, BallotRecorded = 2, BallotRefused = 3 };
    Q_ENUM(BallotState)

    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Replaces rows; rows with the same id and content emit nothing.
    void setPolls(const QList<QVariantMap> &polls);
    const QList<QVariantMap> &polls() const { return polls_; }
    Q_INVOKABLE QVariantMap get(int row) const;
signals:
    void countChanged();
private:
    QList<QVariantMap> polls_;
};

struct VoterRow {
    QString personId;
    QString name;
    bool present = false;   // eligible now (present, or represented by a present proxy holder)
    bool hasVoted = false;
    QString castByName;     // proxy holder who cast it ("" = in person / unknown)
    QString choiceText;     // open mode live / named after close; ALWAYS "" for secret polls
};

// The electorate of one poll (MeetingSession::focusPoll) with has-voted marks.
// Roles: personId, name (QString), present (bool), hasVoted (bool),
//   castByName (QString), choiceText (QString; never filled for secret polls)
class VoterProgressModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by MeetingSession")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
public:
    enum Roles { PersonIdRole = Qt::UserRole + 1, NameRole, PresentRole, HasVotedRole, CastByNameRole, ChoiceTextRole };
    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setVoters(const QList<VoterRow> &voters);
    const QList<VoterRow> &voters() const { return voters_; }
signals:
    void countChanged();
private:
    QList<VoterRow> voters_;
};

struct SpeakerRow {
    QString personId;     // "" for a speaker without a tablet
    QString name;
    bool pointOfOrder = false;
    bool isMe = false;
    qint64 requestedAtMs = 0;
};

// The speaker queue of the current agenda item, in speaking order (points of
// order first, as the hub orders them). Roles: position (int, 1-based),
// personId, name (QString), pointOfOrder (bool), isMe (bool), requestedAtMs (qint64)
class SpeakerQueueModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by MeetingSession")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
public:
    enum Roles { PositionRole = Qt::UserRole + 1, PersonIdRole, NameRole, PointOfOrderRole, IsMeRole,
                 RequestedAtRole };
    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setSpeakers(const QList<SpeakerRow> &speakers);
    const QList<SpeakerRow> &speakers() const { return speakers_; }
signals:
    void countChanged();
private:
    QList<SpeakerRow> speakers_;
};
