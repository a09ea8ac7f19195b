#include "domain/DocumentAccess.h"

#include <algorithm>
#include <set>

namespace ecabinet::domain {

std::string_view accessName(DocumentAccess access) {
    switch (access) {
    case DocumentAccess::Meeting: return "meeting";
    case DocumentAccess::Named: return "named";
    case DocumentAccess::Confidential: return "confidential";
    }
    return "confidential"; // unreachable; the strictest is the safe fallback
}

std::optional<DocumentAccess> parseAccess(std::string_view name) {
    for (auto a : {DocumentAccess::Meeting, DocumentAccess::Named, DocumentAccess::Confidential})
        if (accessName(a) == name) return a;
    return std::nullopt;
}

namespace {
bool onList(const AccessList &list, const std::string &personId) {
    return !personId.empty() && std::find(list.readers.begin(), list.readers.end(), personId) != list.readers.end();
}
} // namespace

bool mayRead(const AccessList &list, const Reader &reader) {
    if (reader.personId.empty() || !reader.role) return false; // documents need a check-in
    if (list.access == DocumentAccess::Meeting) return true;
    return onList(list, reader.personId);
}

bool mayList(const AccessList &list, const Reader &reader) {
    // The meeting's own documents are listed before check-in too (a seat shows the pack it
    // will fetch); their bytes still need a check-in.
    if (list.access == DocumentAccess::Meeting || mayRead(list, reader)) return true;
    return reader.role && (*reader.role == Role::Chair || *reader.role == Role::Secretary);
}

bool mayManageDocuments(std::optional<Role> role) {
    return role && (*role == Role::Chair || *role == Role::Secretary);
}

bool keepOnDisk(DocumentAccess access) { return access != DocumentAccess::Confidential; }

Status<std::string> validateAccessList(const AccessList &list, const std::vector<std::string> &members) {
    if (list.access == DocumentAccess::Meeting) {
        if (!list.readers.empty())
            return fail(std::string("a document for the whole meeting takes no reader list "
                                    "(use access \"named\" or \"confidential\" to restrict it)"));
        return {};
    }
    if (list.readers.empty())
        return fail("a " + std::string(accessName(list.access)) + " document needs at least one reader");
    std::set<std::string> seen;
    for (const auto &r : list.readers) {
        if (std::find(members.begin(), members.end(), r) == members.end())
            return fail("reader '" + r + "' is not a member of the meeting");
        if (!seen.insert(r).second) return fail("reader '" + r + "' is listed twice");
    }
    return {};
}

std::vector<std::uint32_t> changedPages(const std::vector<std::string> &before, const std::vector<std::string> &after) {
    std::vector<std::uint32_t> out;
    for (std::size_t i = 0; i < after.size(); ++i)
        if (i >= before.size() || before[i] != after[i]) out.push_back(static_cast<std::uint32_t>(i + 1));
    return out;
}

std::string joinList(const std::vector<std::string> &items) {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i) out += ',';
        out += items[i];
    }
    return out;
}

std::vector<std::string> splitList(std::string_view text) {
    std::vector<std::string> out;
    if (text.empty()) return out;
    std::size_t start = 0;
    while (true) {
        const auto comma = text.find(',', start);
        out.emplace_back(text.substr(start, comma == std::string_view::npos ? std::string_view::npos : comma - start));
        if (comma == std::string_view::npos) break;
        start = comma + 1;
    }
    return out;
}

} // namespace ecabinet::domain
