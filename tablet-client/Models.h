// List models exposed to QML. CONTRACT between tablet-client and qml/:
// the role names below are what delegates bind to (`required property`).
// MeetingSession fills them on the GUI thread; QML only reads.
#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QString>
#include <QtQml/qqmlregistration.h>

struct AgendaRow {
    QString itemId;
    int index = 0;
    QString number;
    QString title;
    QString presenter;
    int documentCount = 0;
};

struct DocumentRow {
    QString documentId;
    QString title;
    QString sha256;
    qint64 size = 0;
    int pageCount = 0;
    bool ready = false;
    double progress = 0.0;
    QString localPath;
    int itemIndex = -1;   // agenda item the document belongs to
    QString error;        // why it could not be fetched ("" if fine)
    // issue 5: versions and access
    int version = 1;
    QString changedPages; // "2, 5": pages that differ from the version before ("" = none known)
    QString access;       // "meeting", "named", "confidential"
    bool locked = false;  // listed for the chair/secretary, but not theirs to read
    bool confidential = false; // in memory only, watermarked
    bool updated = false; // version > 1: show "updated — version N"
};

struct MemberRow {
    QString personId;
    QString name;
    QString position;
    int role = 0;         // MeetingSession::Role
    bool entitled = false;
    bool present = false;
    QString seatLabel;
};

// Agenda of the meeting. Roles:
//   itemId (QString), index (int), number (QString), title (QString),
//   presenter (QString), documentCount (int), isCurrent (bool)
class AgendaModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by MeetingSession")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
public:
    enum Roles { ItemIdRole = Qt::UserRole + 1, IndexRole, NumberRole, TitleRole, PresenterRole,
                 DocumentCountRole, IsCurrentRole };
    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setItems(const QList<AgendaRow> &items);
    void setCurrent(int index);
    const QList<AgendaRow> &items() const { return items_; }
signals:
    void countChanged();
private:
    QList<AgendaRow> items_;
    int current_ = -1;
};

// Documents of one agenda item (or of the whole meeting). Roles:
//   documentId (QString), title (QString), sha256 (QString), size (qint64),
//   pageCount (int), ready (bool: held and verified locally),
//   progress (double 0..1 while downloading), localPath (QString, "" until ready)
// Added: itemIndex (int), error (QString, why a fetch failed)
// Issue 5: version (int), changedPages (QString, "2, 5"), access (QString), locked (bool),
//   confidential (bool), updated (bool: version > 1)
class DocumentModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by MeetingSession")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
public:
    enum Roles { DocumentIdRole = Qt::UserRole + 1, TitleRole, Sha256Role, SizeRole, PageCountRole,
                 ReadyRole, ProgressRole, LocalPathRole, ItemIndexRole, ErrorRole, VersionRole,
                 ChangedPagesRole, AccessRole, LockedRole, ConfidentialRole, UpdatedRole };
    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setDocuments(const QList<DocumentRow> &docs);
    // Updates every row showing blob `sha256`.
    void updateBlob(const QString &sha256, bool ready, double progress, const QString &localPath,
                    const QString &error);
    const QList<DocumentRow> &documents() const { return docs_; }
signals:
    void countChanged();
private:
    QList<DocumentRow> docs_;
};

// Members of the meeting with attendance. Roles:
//   personId (QString), name (QString), position (QString),
//   role (int, MeetingSession::Role), entitled (bool), present (bool), seatLabel (QString)
class MemberModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by MeetingSession")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
public:
    enum Roles { PersonIdRole = Qt::UserRole + 1, NameRole, PositionRole, RoleRole, EntitledRole,
                 PresentRole, SeatLabelRole };
    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setMembers(const QList<MemberRow> &members);
    void setPresence(const QString &personId, bool present, const QString &seatLabel);
    const QList<MemberRow> &members() const { return members_; }
signals:
    void countChanged();
private:
    QList<MemberRow> members_;
};
