// PdfOutline: the bookmarks of a cached document as a flat list with depth, for a
// table-of-contents panel.   PdfOutline { sha256: viewer.sha256 }
// Roles: title, page (0-based, -1 when the entry points nowhere), depth (0 = top level).
// Read off the GUI thread; empty for a document without bookmarks (or not held yet).
#pragma once

#include <QAbstractListModel>
#include <QFutureWatcher>
#include <QList>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include "pdf/PageRenderer.h"

class PdfOutline : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString sha256 READ sha256 WRITE setSha256 NOTIFY sha256Changed)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)

public:
    enum Role { TitleRole = Qt::UserRole + 1, PageRole, DepthRole };

    explicit PdfOutline(QObject *parent = nullptr);
    ~PdfOutline() override;

    QString sha256() const { return sha_; }
    void setSha256(const QString &sha);
    int count() const { return int(entries_.size()); }
    bool loading() const { return loading_; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void sha256Changed();
    void countChanged();
    void loadingChanged();

private:
    void load();
    QString sha_;
    QList<ecabinet::pdf::OutlineEntry> entries_;
    QFutureWatcher<QList<ecabinet::pdf::OutlineEntry>> watcher_;
    bool loading_ = false;
};
