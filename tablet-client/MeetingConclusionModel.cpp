#include "MeetingConclusionModel.h"

namespace {

enum Role {
    IdRole = Qt::UserRole + 1, ItemIdRole, ItemIndexRole, ItemNumberRole, ItemTitleRole, TextRole, TextPendingRole,
    StatusRole, StatusTextRole, RevisionRole, DraftedByRole, DecidedByRole, PollIdRole, PollQuestionRole,
    ApprovedAtRole, IsDraftRole, IsApprovedRole,
};

} // namespace

int MeetingConclusionModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(rows_.size()); }

QVariant MeetingConclusionModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const auto &r = rows_.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TextRole: return r.text;
    case IdRole: return r.conclusionId;
    case ItemIdRole: return r.agendaItemId;
    case ItemIndexRole: return r.itemIndex;
    case ItemNumberRole: return r.itemNumber;
    case ItemTitleRole: return r.itemTitle;
    case TextPendingRole: return r.textPending;
    case StatusRole: return r.status;
    case StatusTextRole: return r.statusText;
    case RevisionRole: return r.revision;
    case DraftedByRole: return r.draftedByName;
    case DecidedByRole: return r.decidedByName;
    case PollIdRole: return r.pollId;
    case PollQuestionRole: return r.pollQuestion;
    case ApprovedAtRole: return r.approvedAt;
    case IsDraftRole: return r.status == StatusDraft;
    case IsApprovedRole: return r.status == StatusApproved;
    default: return {};
    }
}

QHash<int, QByteArray> MeetingConclusionModel::roleNames() const {
    return {{IdRole, "conclusionId"},     {ItemIdRole, "agendaItemId"},   {ItemIndexRole, "itemIndex"},
            {ItemNumberRole, "itemNumber"}, {ItemTitleRole, "itemTitle"},   {TextRole, "text"},
            {TextPendingRole, "textPending"}, {StatusRole, "status"},      {StatusTextRole, "statusText"},
            {RevisionRole, "revision"},     {DraftedByRole, "draftedByName"}, {DecidedByRole, "decidedByName"},
            {PollIdRole, "pollId"},         {PollQuestionRole, "pollQuestion"}, {ApprovedAtRole, "approvedAt"},
            {IsDraftRole, "isDraft"},       {IsApprovedRole, "isApproved"}};
}

void MeetingConclusionModel::setRows(const QList<ConclusionRow> &rows) {
    bool sameIds = rows.size() == rows_.size();
    for (int i = 0; sameIds && i < rows.size(); ++i) sameIds = rows.at(i).conclusionId == rows_.at(i).conclusionId;
    if (sameIds) { // update in place: a text being typed beside a row is not rebuilt
        for (int i = 0; i < rows.size(); ++i) {
            if (rows.at(i) == rows_.at(i)) continue;
            rows_[i] = rows.at(i);
            emit dataChanged(index(i), index(i));
        }
        return;
    }
    const bool countChanges = rows_.size() != rows.size();
    beginResetModel();
    rows_ = rows;
    endResetModel();
    if (countChanges) emit countChanged();
}

QVariantMap MeetingConclusionModel::get(int row) const {
    QVariantMap m;
    if (row < 0 || row >= rows_.size()) return m;
    const auto names = roleNames();
    for (auto it = names.begin(); it != names.end(); ++it)
        m.insert(QString::fromLatin1(it.value()), data(index(row), it.key()));
    return m;
}
