#include "FloorModels.h"

namespace {

// Role numbers of PollModel, in this order; the names are the poll maps' keys.
const QList<QByteArray> &pollKeys() {
    static const QList<QByteArray> keys = {
        "pollId",          "question",       "kind",          "mode",          "status",
        "statusText",      "modeText",       "options",       "minSelections", "maxSelections",
        "allowChange",     "majorityText",   "agendaItemId",  "ballotsIn",     "eligible",
        "notVotedNames",   "votedNames",     "hasVoted",      "myBallot",      "canVote",
        "proxyPrincipalId", "proxyPrincipalName", "proxyPrincipalVoted", "resultVisible", "tally",
        "blankCount",      "ballotWeight",   "verdict",       "verdictText",   "requiredText",
        "quorumRequired",  "quorumReached",  "quorumText",    "rerunOf",       "isActive",
        "proxiesText"};
    return keys;
}

} // namespace

// --- PollModel ---------------------------------------------------------------

int PollModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(polls_.size()); }

QVariant PollModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const auto &keys = pollKeys();
    if (role == Qt::DisplayRole) role = Qt::UserRole + 1 + int(keys.indexOf("question"));
    const int k = role - (Qt::UserRole + 1);
    if (k < 0 || k >= keys.size()) return {};
    return polls_.at(index.row()).value(QString::fromLatin1(keys.at(k)));
}

QHash<int, QByteArray> PollModel::roleNames() const {
    QHash<int, QByteArray> names;
    const auto &keys = pollKeys();
    for (int i = 0; i < keys.size(); ++i) names.insert(Qt::UserRole + 1 + i, keys.at(i));
    return names;
}

void PollModel::setPolls(const QList<QVariantMap> &polls) {
    // Same ids in the same order: update changed rows in place, so a delegate
    // (and a half-filled form beside it) is not rebuilt by every ballot.
    bool sameIds = polls.size() == polls_.size();
    for (int i = 0; sameIds && i < polls.size(); ++i)
        sameIds = polls.at(i).value(QStringLiteral("pollId")) == polls_.at(i).value(QStringLiteral("pollId"));
    if (sameIds) {
        for (int i = 0; i < polls.size(); ++i) {
            if (polls.at(i) == polls_.at(i)) continue;
            polls_[i] = polls.at(i);
            emit dataChanged(index(i), index(i));
        }
        return;
    }
    const bool countChanges = polls_.size() != polls.size();
    beginResetModel();
    polls_ = polls;
    endResetModel();
    if (countChanges) emit countChanged();
}

QVariantMap PollModel::get(int row) const { return row >= 0 && row < polls_.size() ? polls_.at(row) : QVariantMap(); }

// --- VoterProgressModel -----------------------------------------------------------

int VoterProgressModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(voters_.size());
}

QVariant VoterProgressModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const VoterRow &r = voters_.at(index.row());
    switch (role) {
    case PersonIdRole: return r.personId;
    case Qt::DisplayRole:
    case NameRole: return r.name;
    case PresentRole: return r.present;
    case HasVotedRole: return r.hasVoted;
    case CastByNameRole: return r.castByName;
    case ChoiceTextRole: return r.choiceText;
    default: return {};
    }
}

QHash<int, QByteArray> VoterProgressModel::roleNames() const {
    return {{PersonIdRole, "personId"}, {NameRole, "name"},             {PresentRole, "present"},
            {HasVotedRole, "hasVoted"}, {CastByNameRole, "castByName"}, {ChoiceTextRole, "choiceText"}};
}

namespace {
bool sameVoter(const VoterRow &a, const VoterRow &b) {
    return a.personId == b.personId && a.name == b.name && a.present == b.present && a.hasVoted == b.hasVoted &&
           a.castByName == b.castByName && a.choiceText == b.choiceText;
}
bool sameSpeaker(const SpeakerRow &a, const SpeakerRow &b) {
    return a.personId == b.personId && a.name == b.name && a.pointOfOrder == b.pointOfOrder && a.isMe == b.isMe &&
           a.requestedAtMs == b.requestedAtMs;
}
} // namespace

void VoterProgressModel::setVoters(const QList<VoterRow> &voters) {
    bool samePeople = voters.size() == voters_.size();
    for (int i = 0; samePeople && i < voters.size(); ++i) samePeople = voters.at(i).personId == voters_.at(i).personId;
    if (samePeople) {
        for (int i = 0; i < voters.size(); ++i) {
            if (sameVoter(voters.at(i), voters_.at(i))) continue;
            voters_[i] = voters.at(i);
            emit dataChanged(index(i), index(i));
        }
        return;
    }
    const bool countChanges = voters_.size() != voters.size();
    beginResetModel();
    voters_ = voters;
    endResetModel();
    if (countChanges) emit countChanged();
}

// --- SpeakerQueueModel ------------------------------------------------------------

int SpeakerQueueModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(speakers_.size());
}

QVariant SpeakerQueueModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const SpeakerRow &r = speakers_.at(index.row());
    switch (role) {
    case PositionRole: return index.row() + 1;
    case PersonIdRole: return r.personId;
    case Qt::DisplayRole:
    case NameRole: return r.name;
    case PointOfOrderRole: return r.pointOfOrder;
    case IsMeRole: return r.isMe;
    case RequestedAtRole: return r.requestedAtMs;
    default: return {};
    }
}

QHash<int, QByteArray> SpeakerQueueModel::roleNames() const {
    return {{PositionRole, "position"},         {PersonIdRole, "personId"}, {NameRole, "name"},
            {PointOfOrderRole, "pointOfOrder"}, {IsMeRole, "isMe"},         {RequestedAtRole, "requestedAtMs"}};
}

void SpeakerQueueModel::setSpeakers(const QList<SpeakerRow> &speakers) {
    bool same = speakers.size() == speakers_.size();
    for (int i = 0; same && i < speakers.size(); ++i) same = sameSpeaker(speakers.at(i), speakers_.at(i));
    if (same) return;
    const bool countChanges = speakers_.size() != speakers.size();
    beginResetModel();
    speakers_ = speakers;
    endResetModel();
    if (countChanges) emit countChanged();
}
