// Who may see and read a meeting document (DESIGN.md §4 "Documents"), and what a new version
// changed. Pure rules: the hub applies them to every snapshot and every chunk request; the
// client applies keepOnDisk() to decide where a blob may live.
//
//   access        who may read the bytes             listed (title, versions) to
//   meeting       every member of the meeting        every device (also before check-in)
//   named         the persons on the reader list     readers + chair and secretary
//   confidential  the persons on the reader list     readers + chair and secretary
//
// Chair and secretary see restricted documents listed (they manage the pack: replace, change
// access) but read their bytes only when they are on the list. A confidential document is
// never written to a tablet's disk and is watermarked with the reader's name on every page.
#pragma once

#include "common/Result.h"
#include "domain/Roles.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ecabinet::domain {

enum class DocumentAccess { Meeting, Named, Confidential };

// "meeting", "named", "confidential" (meeting file, ecabinetctl, database column).
std::string_view accessName(DocumentAccess access);
std::optional<DocumentAccess> parseAccess(std::string_view name);

struct AccessList {
    DocumentAccess access = DocumentAccess::Meeting;
    std::vector<std::string> readers; // person ids; empty for Meeting
};

// The person checked in at a device: id "" and no role when nobody is.
struct Reader {
    std::string personId;
    std::optional<Role> role;
};

// May this person receive the document's bytes (any chunk of any version)?
bool mayRead(const AccessList &list, const Reader &reader);
// May this person see that the document exists (id, title, versions)?
bool mayList(const AccessList &list, const Reader &reader);
// Adding and replacing documents, changing access lists, uploading: chair and secretary.
bool mayManageDocuments(std::optional<Role> role);
// Only confidential documents are kept in memory instead of the tablet's cache.
bool keepOnDisk(DocumentAccess access);

// An access list as the secretary wrote it: Meeting takes no readers; Named and Confidential
// need at least one; every reader must be a member (`members`), and none twice.
// The error is English text naming the offending reader.
Status<std::string> validateAccessList(const AccessList &list, const std::vector<std::string> &members);

// --- versions -------------------------------------------------------------------------------
// Pages (1-based) of a new version whose text differs from the previous version's page at the
// same position, from per-page text hashes; pages added at the end count as changed, pages
// removed at the end are not listed (the new version does not have them).
std::vector<std::uint32_t> changedPages(const std::vector<std::string> &previousPageHashes,
                                        const std::vector<std::string> &newPageHashes);

// "1,4,5" <-> {1,4,5}: how page hash lists and changed pages are kept in one column.
std::string joinList(const std::vector<std::string> &items);
std::vector<std::string> splitList(std::string_view text);

} // namespace ecabinet::domain
