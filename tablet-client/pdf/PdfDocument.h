// PdfDocument: what the page flipper needs to know about one cached document.
//   PdfDocument { sha256: model.sha256 }  → status, pageCount, errorString
// Loading while the blob is not in any registered cache yet (it turns Ready by
// itself when a session announces it); Broken or Locked with a message a
// person can act on.
#pragma once

#include <QList>
#include <QObject>
#include <QSizeF>
#include <QString>
#include <QtQml/qqmlregistration.h>

class PdfDocument : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString sha256 READ sha256 WRITE setSha256 NOTIFY sha256Changed)
    Q_PROPERTY(Status status READ status NOTIFY statusChanged)
    Q_PROPERTY(int pageCount READ pageCount NOTIFY statusChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY statusChanged)
    // Size of the first page in points, for laying out before a page is drawn.
    Q_PROPERTY(QSizeF pageSize READ pageSize NOTIFY statusChanged)

public:
    enum Status { Null, Loading, Ready, Broken, Locked };
    Q_ENUM(Status)

    explicit PdfDocument(QObject *parent = nullptr);

    QString sha256() const { return sha_; }
    void setSha256(const QString &sha);
    Status status() const { return status_; }
    int pageCount() const { return pageCount_; }
    QString errorString() const { return error_; }
    QSizeF pageSize() const { return pageSize_; }

    // "image://pdf/<sha256>/<page>" for an Image's source.
    Q_INVOKABLE QString pageSource(int pageIndex) const;
    // Size of page `pageIndex` in points (the first page's size when out of range).
    Q_INVOKABLE QSizeF pageSizeAt(int pageIndex) const;

signals:
    void sha256Changed();
    void statusChanged();

private:
    void load();
    void setStatus(Status s, int pages, const QString &error, const QList<QSizeF> &sizes = {});

    QString sha_;
    Status status_ = Null;
    int pageCount_ = 0;
    QString error_;
    QSizeF pageSize_;
    QList<QSizeF> pageSizes_;
};
