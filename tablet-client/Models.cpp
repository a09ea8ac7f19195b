#include "Models.h"

// Setters replace a list wholesale: a reset is right for snapshots (rare, complete).

// --- AgendaModel ----------------------------------------------------------

int AgendaModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(items_.size()); }

QVariant AgendaModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const AgendaRow &r = items_.at(index.row());
    switch (role) {
    case ItemIdRole: return r.itemId;
    case IndexRole: return r.index;
    case NumberRole: return r.number;
    case Qt::DisplayRole:
    case TitleRole: return r.title;
    case PresenterRole: return r.presenter;
    case DocumentCountRole: return r.documentCount;
    case IsCurrentRole: return r.index == current_;
    default: return {};
    }
}

QHash<int, QByteArray> AgendaModel::roleNames() const {
    return {{ItemIdRole, "itemId"}, {IndexRole, "index"}, {NumberRole, "number"}, {TitleRole, "title"},
            {PresenterRole, "presenter"}, {DocumentCountRole, "documentCount"}, {IsCurrentRole, "isCurrent"}};
}

void AgendaModel::setItems(const QList<AgendaRow> &items) {
    const bool countChanges = items_.size() != items.size();
    beginResetModel();
    items_ = items;
    endResetModel();
    if (countChanges) emit countChanged();
}

void AgendaModel::setCurrent(int index) {
    if (index == current_) return;
    const int old = current_;
    current_ = index;
    for (const int row : {old, index})
        if (row >= 0 && row < items_.size()) emit dataChanged(this->index(row), this->index(row), {IsCurrentRole});
}

// --- DocumentModel --------------------------------------------------------

int DocumentModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(docs_.size()); }

QVariant DocumentModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const DocumentRow &r = docs_.at(index.row());
    switch (role) {
    case DocumentIdRole: return r.documentId;
    case Qt::DisplayRole:
    case TitleRole: return r.title;
    case Sha256Role: return r.sha256;
    case SizeRole: return r.size;
    case PageCountRole: return r.pageCount;
    case ReadyRole: return r.ready;
    case ProgressRole: return r.progress;
    case LocalPathRole: return r.localPath;
    case ItemIndexRole: return r.itemIndex;
    case ErrorRole: return r.error;
    case VersionRole: return r.version;
    case ChangedPagesRole: return r.changedPages;
    case AccessRole: return r.access;
    case LockedRole: return r.locked;
    case ConfidentialRole: return r.confidential;
    case UpdatedRole: return r.updated;
    default: return {};
    }
}

QHash<int, QByteArray> DocumentModel::roleNames() const {
    return {{DocumentIdRole, "documentId"}, {TitleRole, "title"},       {Sha256Role, "sha256"},
            {SizeRole, "size"},             {PageCountRole, "pageCount"}, {ReadyRole, "ready"},
            {ProgressRole, "progress"},     {LocalPathRole, "localPath"}, {ItemIndexRole, "itemIndex"},
            {ErrorRole, "error"},           {VersionRole, "version"},     {ChangedPagesRole, "changedPages"},
            {AccessRole, "access"},         {LockedRole, "locked"},       {ConfidentialRole, "confidential"},
            {UpdatedRole, "updated"}};
}

void DocumentModel::setDocuments(const QList<DocumentRow> &docs) {
    const bool countChanges = docs_.size() != docs.size();
    beginResetModel();
    docs_ = docs;
    endResetModel();
    if (countChanges) emit countChanged();
}

void DocumentModel::updateBlob(const QString &sha256, bool ready, double progress, const QString &localPath,
                               const QString &error) {
    for (int row = 0; row < docs_.size(); ++row) {
        DocumentRow &r = docs_[row];
        if (r.sha256 != sha256) continue;
        r.ready = ready;
        r.progress = progress;
        r.localPath = localPath;
        r.error = error;
        emit dataChanged(index(row), index(row), {ReadyRole, ProgressRole, LocalPathRole, ErrorRole});
    }
}

// --- MemberModel ----------------------------------------------------------

int MemberModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(members_.size()); }

QVariant MemberModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const MemberRow &r = members_.at(index.row());
    switch (role) {
    case PersonIdRole: return r.personId;
    case Qt::DisplayRole:
    case NameRole: return r.name;
    case PositionRole: return r.position;
    case RoleRole: return r.role;
    case EntitledRole: return r.entitled;
    case PresentRole: return r.present;
    case SeatLabelRole: return r.seatLabel;
    default: return {};
    }
}

QHash<int, QByteArray> MemberModel::roleNames() const {
    return {{PersonIdRole, "personId"}, {NameRole, "name"},         {PositionRole, "position"},
            {RoleRole, "role"},         {EntitledRole, "entitled"}, {PresentRole, "present"},
            {SeatLabelRole, "seatLabel"}};
}

void MemberModel::setMembers(const QList<MemberRow> &members) {
    const bool countChanges = members_.size() != members.size();
    beginResetModel();
    members_ = members;
    endResetModel();
    if (countChanges) emit countChanged();
}

void MemberModel::setPresence(const QString &personId, bool present, const QString &seatLabel) {
    for (int row = 0; row < members_.size(); ++row) {
        MemberRow &r = members_[row];
        if (r.personId != personId) continue;
        r.present = present;
        r.seatLabel = seatLabel;
        emit dataChanged(index(row), index(row), {PresentRole, SeatLabelRole});
    }
}
