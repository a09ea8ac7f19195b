#include "registry/RegistryModels.h"

#include <QFileInfo>

// --- RecordListModel -----------------------------------------------------------

RecordListModel::RecordListModel(QList<QByteArray> keys, QByteArray idKey, QObject *parent)
    : QAbstractListModel(parent), keys_(std::move(keys)), idKey_(std::move(idKey)) {}

int RecordListModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(rows_.size()); }

QVariant RecordListModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    if (role == Qt::DisplayRole) return rows_.at(index.row()).value(QString::fromLatin1(idKey_));
    const int k = role - (Qt::UserRole + 1);
    if (k < 0 || k >= keys_.size()) return {};
    return rows_.at(index.row()).value(QString::fromLatin1(keys_.at(k)));
}

bool RecordListModel::setData(const QModelIndex &, const QVariant &, int) {
    return false; // read-only for views; pick marks go through setPicked()
}

QHash<int, QByteArray> RecordListModel::roleNames() const {
    QHash<int, QByteArray> names;
    for (int i = 0; i < keys_.size(); ++i) names.insert(Qt::UserRole + 1 + i, keys_.at(i));
    return names;
}

void RecordListModel::setRows(const QList<QVariantMap> &rows) {
    const QString id = QString::fromLatin1(idKey_);
    bool sameIds = rows.size() == rows_.size();
    for (int i = 0; sameIds && i < rows.size(); ++i) sameIds = rows.at(i).value(id) == rows_.at(i).value(id);
    if (sameIds) {
        for (int i = 0; i < rows.size(); ++i) {
            if (rows.at(i) == rows_.at(i)) continue;
            rows_[i] = rows.at(i);
            emit dataChanged(index(i), index(i));
        }
        return;
    }
    const bool countChanges = rows.size() != rows_.size();
    beginResetModel();
    rows_ = rows;
    endResetModel();
    if (countChanges) emit countChanged();
}

QVariantMap RecordListModel::get(int row) const {
    if (row < 0 || row >= rows_.size()) return {};
    return rows_.at(row);
}

int RecordListModel::indexOf(const QString &idValue) const {
    const QString id = QString::fromLatin1(idKey_);
    for (int i = 0; i < rows_.size(); ++i)
        if (rows_.at(i).value(id).toString() == idValue) return i;
    return -1;
}

void RecordListModel::setValue(const QString &idValue, const QByteArray &key, const QVariant &value) {
    const int row = indexOf(idValue);
    if (row < 0) return;
    const QString k = QString::fromLatin1(key);
    if (rows_.at(row).value(k) == value) return;
    rows_[row].insert(k, value);
    emit dataChanged(index(row), index(row));
}

// --- the models ------------------------------------------------------------------

DirectiveModel::DirectiveModel(QObject *parent)
    : RecordListModel({"directiveId", "number", "title", "text", "issuerUnit", "issuerName", "signer", "issuedDate",
                       "publishedAt", "published", "recipients", "recipientNames", "unread", "firstReadAt",
                       "lastReadAt", "readCount", "recipientCount", "taskCount", "conclusionIds", "pdfAvailable"},
                      "directiveId", parent) {}

int DirectiveModel::unreadCount() const {
    int n = 0;
    for (const auto &r : rows())
        if (r.value(QStringLiteral("unread")).toBool()) ++n;
    return n;
}

TaskModel::TaskModel(QObject *parent)
    : RecordListModel({"taskId", "directiveId", "directiveNumber", "title", "issuerUnit", "leadUnit", "leadUnitName",
                       "coordinatingUnits", "coordinatingNames", "responsibleLeader", "deadline", "deadlineText",
                       "deadlineDate", "originalDeadline", "reportEveryDays", "taskState", "stateText", "light", "overdue", "daysLeft",
                       "extended", "extensionPending", "extensionAsked", "extensionReason", "myRole", "lastReport",
                       "lastEvaluation"},
                      "taskId", parent) {}

TaskHistoryModel::TaskHistoryModel(QObject *parent)
    : RecordListModel({"at", "action", "actionText", "actorUnit", "actorUser", "fromState", "toState", "text",
                       "newDeadline", "attachments", "attachmentHashes", "recordId"},
                      "recordId", parent) {}

CommentModel::CommentModel(QObject *parent)
    : RecordListModel({"commentId", "at", "unit", "unitName", "user", "text", "mine"}, "commentId", parent) {}

namespace {
template <typename Model>
void setPickedIn(Model &model, int row, bool picked) {
    const QVariantMap r = model.get(row);
    if (r.isEmpty()) return;
    model.setValue(model.data(model.index(row), Qt::DisplayRole).toString(), "picked", picked);
}
QStringList pickedIn(const RecordListModel &model, const QString &idKey) {
    QStringList ids;
    for (const auto &r : model.rows())
        if (r.value(QStringLiteral("picked")).toBool()) ids << r.value(idKey).toString();
    return ids;
}
} // namespace

ConclusionModel::ConclusionModel(QObject *parent)
    : RecordListModel({"conclusionId", "meetingTitle", "itemTitle", "conclusionText", "approvedAt", "picked"}, "conclusionId",
                      parent) {
    connect(this, &QAbstractItemModel::modelReset, this, &ConclusionModel::pickedChanged);
}

void ConclusionModel::setPicked(int row, bool picked) {
    setPickedIn(*this, row, picked);
    emit pickedChanged();
}

void ConclusionModel::clearPicks() {
    for (int i = 0; i < rowCount(); ++i) setPickedIn(*this, i, false);
    emit pickedChanged();
}

int ConclusionModel::pickedCount() const { return int(pickedIds().size()); }
QStringList ConclusionModel::pickedIds() const { return pickedIn(*this, QStringLiteral("conclusionId")); }

QString ConclusionModel::pickedText() const {
    QStringList parts;
    for (const auto &r : rows())
        if (r.value(QStringLiteral("picked")).toBool()) parts << r.value(QStringLiteral("conclusionText")).toString();
    return parts.join(QStringLiteral("\n\n"));
}

UnitModel::UnitModel(QObject *parent)
    : RecordListModel({"unitId", "name", "isDispatchOffice", "issuerCode", "picked"}, "unitId", parent) {
    connect(this, &QAbstractItemModel::modelReset, this, &UnitModel::pickedChanged);
}

void UnitModel::setPicked(int row, bool picked) {
    setPickedIn(*this, row, picked);
    emit pickedChanged();
}

void UnitModel::pickAll(bool picked) {
    for (int i = 0; i < rowCount(); ++i)
        if (!get(i).value(QStringLiteral("isDispatchOffice")).toBool() || !picked) setPickedIn(*this, i, picked);
    emit pickedChanged();
}

QString UnitModel::nameOf(const QString &unitId) const {
    const int row = indexOf(unitId);
    return row < 0 ? unitId : get(row).value(QStringLiteral("name")).toString();
}

int UnitModel::pickedCount() const { return int(pickedIds().size()); }
QStringList UnitModel::pickedIds() const { return pickedIn(*this, QStringLiteral("unitId")); }

StatisticsModel::StatisticsModel(QObject *parent)
    : RecordListModel({"key", "label", "recipients", "readAll", "someUnread", "noneRead", "read", "unread",
                       "readState", "reportsIn", "reportsExpected", "tasks", "done", "inProgress", "overdue", "red",
                       "yellow", "green", "onTime", "onTimePercent"},
                      "key", parent) {}

void StatisticsModel::setTotals(const QVariantMap &totals) {
    if (totals == totals_) return;
    totals_ = totals;
    emit totalsChanged();
}

AttachmentModel::AttachmentModel(QObject *parent)
    : RecordListModel({"path", "fileName", "size"}, "path", parent) {}

QStringList AttachmentModel::paths() const {
    QStringList out;
    for (const auto &r : rows()) out << r.value(QStringLiteral("path")).toString();
    return out;
}

DraftTaskModel::DraftTaskModel(QObject *parent)
    : RecordListModel({"draftId", "title", "leadUnit", "leadUnitName", "coordinatingUnits", "coordinatingNames",
                       "responsibleLeader", "deadline", "reportEveryDays"},
                      "draftId", parent) {}
