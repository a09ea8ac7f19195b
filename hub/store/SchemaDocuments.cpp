// Schema version 7 (issue 5, documents): versions, access lists, device wipe requests.
//
// `documents` stays the projection of each document's current version (the snapshot reads
// it); `document_versions` keeps every version ever served, so that a chunk of an older
// version is still checked against the document's access list, and so that the next version
// can say which pages changed (per-page text hashes). `document_readers` is the access list
// of named and confidential documents.
#include "store/Store.h"

namespace ecabinet::hub {

void Store::migrateTo7() {
    static const char *const statements[] = {
        R"(ALTER TABLE documents ADD COLUMN access TEXT NOT NULL DEFAULT 'meeting'
             CHECK (access IN ('meeting','named','confidential')))",
        "ALTER TABLE documents ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1)",
        "ALTER TABLE documents ADD COLUMN updated_ms INTEGER NOT NULL DEFAULT 0",
        // 1-based pages of the current version whose text differs from the version before ("3,5").
        "ALTER TABLE documents ADD COLUMN changed_pages TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE documents ADD COLUMN previous_sha256 TEXT NOT NULL DEFAULT ''",

        R"(CREATE TABLE document_readers(
             meeting_id TEXT NOT NULL,
             document_id TEXT NOT NULL,
             person_id TEXT NOT NULL,
             position INTEGER NOT NULL,
             PRIMARY KEY (meeting_id, document_id, person_id),
             FOREIGN KEY (meeting_id, document_id) REFERENCES documents(meeting_id, id),
             FOREIGN KEY (meeting_id, person_id) REFERENCES members(meeting_id, id)) WITHOUT ROWID)",

        // page_hashes: per-page SHA-256 of the page text (16 hex digits each), comma-separated.
        R"(CREATE TABLE document_versions(
             meeting_id TEXT NOT NULL,
             document_id TEXT NOT NULL,
             version INTEGER NOT NULL CHECK (version >= 1),
             sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
             size INTEGER NOT NULL,
             page_count INTEGER NOT NULL,
             page_hashes TEXT NOT NULL DEFAULT '',
             added_ms INTEGER NOT NULL,
             added_by TEXT NOT NULL DEFAULT '',
             PRIMARY KEY (meeting_id, document_id, version),
             FOREIGN KEY (meeting_id, document_id) REFERENCES documents(meeting_id, id)))",
        "CREATE INDEX document_versions_by_blob ON document_versions(sha256, meeting_id)",
        R"(INSERT INTO document_versions(meeting_id, document_id, version, sha256, size, page_count, added_ms)
           SELECT meeting_id, id, 1, sha256, size, page_count, 0 FROM documents)",

        // `ecabinetctl device wipe`: the id the device must confirm (WipeDone) after erasing.
        "ALTER TABLE devices ADD COLUMN wipe_id TEXT",
        "ALTER TABLE devices ADD COLUMN wipe_requested_ms INTEGER",
    };
    for (const char *sql : statements) exec(QString::fromUtf8(sql));
}

} // namespace ecabinet::hub
