// PdfSearch: text search in one document or across the meeting pack, as a list of hits.
//   PdfSearch { sha256: viewer.sha256; title: viewer.title }         // this document
//   PdfSearch { pack: session.documents }                            // every held document
//   search.find("ngân sách")
// Case and diacritics are ignored ("ngan sach" finds "ngân sách"). Poppler reads the text off
// the GUI thread; a new find() replaces the results of the previous one. A scanned page has
// no text and gives no hits (no OCR). Roles: sha256, documentId, title, page (0-based),
// snippet (the line of the hit), rect (the hit on its page, normalised 0..1).
#pragma once

#include <QAbstractListModel>
#include <QFutureWatcher>
#include <QList>
#include <QPointer>
#include <QRectF>
#include <QString>
#include <QtQml/qqmlregistration.h>

class DocumentModel;
Q_MOC_INCLUDE("Models.h")

class PdfSearch : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString sha256 READ sha256 WRITE setSha256 NOTIFY scopeChanged)
    Q_PROPERTY(QString title READ title WRITE setTitle NOTIFY scopeChanged)
    Q_PROPERTY(QString documentId READ documentId WRITE setDocumentId NOTIFY scopeChanged)
    // When set, find() searches every held document of the pack instead of sha256.
    Q_PROPERTY(DocumentModel *pack READ pack WRITE setPack NOTIFY scopeChanged)
    Q_PROPERTY(QString query READ query NOTIFY resultsChanged)
    Q_PROPERTY(bool running READ running NOTIFY runningChanged)
    Q_PROPERTY(int count READ count NOTIFY resultsChanged)
    // True once a find() finished (so "no hits" can be told apart from "not searched").
    Q_PROPERTY(bool searched READ searched NOTIFY resultsChanged)
    Q_PROPERTY(int maxHits READ maxHits CONSTANT)

public:
    enum Role { Sha256Role = Qt::UserRole + 1, DocumentIdRole, TitleRole, PageRole, SnippetRole, RectRole };

    struct Hit {
        QString sha256, documentId, title;
        int page = 0;
        QString snippet;
        QRectF rect;
    };
    struct Target {
        QString sha256, documentId, title, path;
    };

    explicit PdfSearch(QObject *parent = nullptr);
    ~PdfSearch() override;

    QString sha256() const { return sha_; }
    void setSha256(const QString &sha);
    QString title() const { return title_; }
    void setTitle(const QString &title);
    QString documentId() const { return documentId_; }
    void setDocumentId(const QString &id);
    DocumentModel *pack() const;
    void setPack(DocumentModel *pack);
    QString query() const { return query_; }
    bool running() const { return watcher_.isRunning(); }
    int count() const { return int(hits_.size()); }
    bool searched() const { return searched_; }
    int maxHits() const { return kMaxHits; }
    const QList<Hit> &hits() const { return hits_; }

    Q_INVOKABLE void find(const QString &text);
    Q_INVOKABLE void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    static constexpr int kMaxHits = 300;

signals:
    void scopeChanged();
    void resultsChanged();
    void runningChanged();

private:
    QList<Target> targets() const;
    void setHits(QList<Hit> hits, bool searched);

    QString sha_, title_, documentId_, query_;
    QPointer<DocumentModel> pack_;
    QList<Hit> hits_;
    bool searched_ = false;
    QFutureWatcher<QList<Hit>> watcher_;
    QString pendingQuery_; // asked while a search was running
};
