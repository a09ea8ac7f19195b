#include "store/Documents.h"

#include "store/Store.h"

#include <map>

namespace ecabinet::hub {

namespace {

const QString kColumns = QStringLiteral(
    "d.item_id, d.id, d.title, d.sha256, d.size, d.page_count, d.access, d.version, d.updated_ms, "
    "d.changed_pages, d.previous_sha256");

std::vector<std::uint32_t> pagesFrom(const std::string &text) {
    std::vector<std::uint32_t> out;
    for (const auto &p : domain::splitList(text)) out.push_back(static_cast<std::uint32_t>(std::stoul(p)));
    return out;
}

std::string pagesText(const std::vector<std::uint32_t> &pages) {
    std::vector<std::string> items;
    for (auto p : pages) items.push_back(std::to_string(p));
    return domain::joinList(items);
}

DocumentRow rowFrom(const SqlRow &q) {
    DocumentRow r;
    r.itemId = ss(q.value(0));
    r.id = ss(q.value(1));
    r.title = ss(q.value(2));
    r.sha256 = ss(q.value(3));
    r.size = fromSql(q.value(4));
    r.pageCount = q.value(5).toUInt();
    const auto access = domain::parseAccess(ss(q.value(6)));
    if (!access) throw StoreError("document " + r.id + " has unknown access '" + ss(q.value(6)) + "'");
    r.access.access = *access;
    r.version = q.value(7).toUInt();
    r.updatedMs = q.value(8).toLongLong();
    r.changedPages = pagesFrom(ss(q.value(9)));
    r.previousSha256 = ss(q.value(10));
    return r;
}

QString sv(std::string_view v) { return QString::fromUtf8(v.data(), static_cast<qsizetype>(v.size())); }

} // namespace

std::vector<DocumentRow> DocumentTable::current(const std::string &meetingId) {
    std::vector<DocumentRow> out;
    std::map<std::string, std::size_t> index;
    auto q = s_.exec(QStringLiteral("SELECT ") + kColumns +
                         QStringLiteral(" FROM documents d JOIN agenda_items a ON a.meeting_id = d.meeting_id AND "
                                        "a.id = d.item_id WHERE d.meeting_id = ? ORDER BY a.position, d.position"),
                     {qs(meetingId)});
    while (q.next()) {
        index[ss(q.value(1))] = out.size();
        out.push_back(rowFrom(q));
    }
    auto r = s_.exec(QStringLiteral("SELECT document_id, person_id FROM document_readers WHERE meeting_id = ? "
                                    "ORDER BY document_id, position"),
                     {qs(meetingId)});
    while (r.next()) {
        const auto it = index.find(ss(r.value(0)));
        if (it != index.end()) out[it->second].access.readers.push_back(ss(r.value(1)));
    }
    return out;
}

std::optional<DocumentRow> DocumentTable::document(const std::string &meetingId, const std::string &documentId) {
    auto q = s_.exec(QStringLiteral("SELECT ") + kColumns +
                         QStringLiteral(" FROM documents d WHERE d.meeting_id = ? AND d.id = ?"),
                     {qs(meetingId), qs(documentId)});
    if (!q.next()) return std::nullopt;
    auto row = rowFrom(q);
    auto r = s_.exec(QStringLiteral("SELECT person_id FROM document_readers WHERE meeting_id = ? AND document_id = ? "
                                    "ORDER BY position"),
                     {qs(meetingId), qs(documentId)});
    while (r.next()) row.access.readers.push_back(ss(r.value(0)));
    return row;
}

std::vector<domain::AccessList> DocumentTable::accessListsOfBlob(const std::string &meetingId,
                                                                 const std::string &sha256) {
    std::vector<domain::AccessList> out;
    auto q = s_.exec(QStringLiteral("SELECT DISTINCT document_id FROM document_versions WHERE sha256 = ? AND "
                                    "meeting_id = ?"),
                     {qs(sha256), qs(meetingId)});
    std::vector<std::string> ids;
    while (q.next()) ids.push_back(ss(q.value(0)));
    for (const auto &id : ids)
        if (auto d = document(meetingId, id)) out.push_back(d->access);
    return out;
}

bool DocumentTable::blobKnown(const std::string &sha256) {
    return s_.scalar(QStringLiteral("SELECT count(*) FROM document_versions WHERE sha256 = ?"), {qs(sha256)}).toInt() > 0;
}

std::vector<std::string> DocumentTable::pageHashes(const std::string &meetingId, const std::string &documentId,
                                                   std::uint32_t version) {
    return domain::splitList(ss(s_.scalar(QStringLiteral("SELECT page_hashes FROM document_versions WHERE "
                                                         "meeting_id = ? AND document_id = ? AND version = ?"),
                                          {qs(meetingId), qs(documentId), version})));
}

std::string DocumentTable::newId(const std::string &meetingId) {
    for (int n = s_.scalar(QStringLiteral("SELECT count(*) FROM documents WHERE meeting_id = ?"), {qs(meetingId)})
                     .toInt() + 1;;
         ++n) {
        const std::string id = "doc-" + std::to_string(n);
        if (s_.scalar(QStringLiteral("SELECT count(*) FROM documents WHERE meeting_id = ? AND id = ?"),
                      {qs(meetingId), qs(id)}).toInt() == 0)
            return id;
    }
}

int DocumentTable::nextPosition(const std::string &meetingId, const std::string &itemId) {
    return s_.scalar(QStringLiteral("SELECT coalesce(max(position) + 1, 0) FROM documents WHERE meeting_id = ? AND "
                                    "item_id = ?"),
                     {qs(meetingId), qs(itemId)}).toInt();
}

void DocumentTable::insert(const std::string &meetingId, const DocumentRow &row, int position,
                           const std::string &addedBy, std::int64_t nowMs) {
    s_.exec(QStringLiteral("INSERT INTO documents(meeting_id, item_id, id, position, title, sha256, size, page_count, "
                           "access, version, updated_ms, changed_pages, previous_sha256) "
                           "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?)"),
            {qs(meetingId), qs(row.itemId), qs(row.id), position, qs(row.title), qs(row.sha256), toSql(row.size),
             row.pageCount, sv(domain::accessName(row.access.access)), row.version, qint64(nowMs),
             qs(pagesText(row.changedPages)), qs(row.previousSha256)});
    writeReaders(meetingId, row.id, row.access);
    addVersion(meetingId, row, addedBy, nowMs);
}

void DocumentTable::update(const std::string &meetingId, const DocumentRow &row, const std::string &addedBy,
                           std::int64_t nowMs) {
    const auto before = document(meetingId, row.id);
    if (!before) throw StoreError("no document " + row.id + " to update");
    auto q = s_.exec(QStringLiteral("UPDATE documents SET item_id = ?, title = ?, sha256 = ?, size = ?, page_count = ?, "
                                    "access = ?, version = ?, updated_ms = ?, changed_pages = ?, previous_sha256 = ? "
                                    "WHERE meeting_id = ? AND id = ?"),
                     {qs(row.itemId), qs(row.title), qs(row.sha256), toSql(row.size), row.pageCount,
                      sv(domain::accessName(row.access.access)), row.version, qint64(nowMs),
                      qs(pagesText(row.changedPages)), qs(row.previousSha256), qs(meetingId), qs(row.id)});
    if (q.numRowsAffected() != 1) throw StoreError("document " + row.id + " changed underneath");
    writeReaders(meetingId, row.id, row.access);
    if (row.version > before->version) addVersion(meetingId, row, addedBy, nowMs);
}

void DocumentTable::writeReaders(const std::string &meetingId, const std::string &documentId,
                                 const domain::AccessList &list) {
    s_.exec(QStringLiteral("DELETE FROM document_readers WHERE meeting_id = ? AND document_id = ?"),
            {qs(meetingId), qs(documentId)});
    int pos = 0;
    for (const auto &p : list.readers)
        s_.exec(QStringLiteral("INSERT INTO document_readers(meeting_id, document_id, person_id, position) "
                               "VALUES(?,?,?,?)"),
                {qs(meetingId), qs(documentId), qs(p), pos++});
}

void DocumentTable::addVersion(const std::string &meetingId, const DocumentRow &row, const std::string &addedBy,
                               std::int64_t nowMs) {
    s_.exec(QStringLiteral("INSERT INTO document_versions(meeting_id, document_id, version, sha256, size, page_count, "
                           "page_hashes, added_ms, added_by) VALUES(?,?,?,?,?,?,?,?,?)"),
            {qs(meetingId), qs(row.id), row.version, qs(row.sha256), toSql(row.size), row.pageCount,
             qs(domain::joinList(row.pageHashes)), qint64(nowMs), qs(addedBy)});
}

} // namespace ecabinet::hub
