#include "domain/MeetingSpec.h"

#include <nlohmann/json.hpp>

#include <initializer_list>
#include <map>

namespace ecabinet::domain {

namespace {

using nlohmann::json;

std::string join(const std::string &path, const std::string &key) { return path.empty() ? key : path + "." + key; }
std::string at(const std::string &path, std::size_t i) { return path + "[" + std::to_string(i) + "]"; }

// Reads the file while collecting every problem instead of stopping at the first.
class SpecReader {
public:
    explicit SpecReader(const SpecLimits &limits) : limits_(limits) {}

    std::vector<SpecProblem> problems;

    void problem(std::string path, std::string message) { problems.push_back({std::move(path), std::move(message)}); }

    bool checkText(const std::string &path, const std::string &s) {
        if (!isValidUtf8(s)) return problem(path, "must be valid UTF-8"), false;
        if (s.size() > limits_.maxStringBytes)
            return problem(path, "is " + std::to_string(s.size()) + " bytes (limit " +
                                     std::to_string(limits_.maxStringBytes) + ")"),
                   false;
        return true;
    }

    // A string field; "" when missing (a problem only if required) or invalid (always a problem).
    std::string text(const json &obj, const std::string &path, const char *key, bool required) {
        const std::string p = join(path, key);
        auto it = obj.find(key);
        if (it == obj.end() || it->is_null()) {
            if (required) problem(p, "is required");
            return {};
        }
        if (!it->is_string()) return problem(p, std::string("must be a string, not ") + it->type_name()), "";
        std::string s = it->get<std::string>();
        if (!checkText(p, s)) return {};
        if (required && s.empty()) problem(p, "must not be empty");
        return s;
    }

    // Ids end up in the event log's canonical bytes, separated by NUL: a control
    // character in one would make two different rows hash alike.
    std::string id(const json &obj, const std::string &path, const char *key = "id") {
        std::string s = text(obj, path, key, true);
        for (unsigned char c : s)
            if (c < 0x20 || c == 0x7f) {
                problem(join(path, key), "must not contain control characters");
                return {};
            }
        return s;
    }

    // A list field; nullptr when missing, wrong or too long (problems recorded).
    const json *list(const json &obj, const std::string &path, const char *key, bool required) {
        const std::string p = join(path, key);
        auto it = obj.find(key);
        if (it == obj.end() || it->is_null()) {
            if (required) problem(p, "is required");
            return nullptr;
        }
        if (!it->is_array()) return problem(p, std::string("must be a list, not ") + it->type_name()), nullptr;
        if (it->size() > limits_.maxListLength)
            return problem(p, "has " + std::to_string(it->size()) + " entries (limit " +
                                  std::to_string(limits_.maxListLength) + ")"),
                   nullptr;
        return &*it;
    }

    bool object(const json &v, const std::string &path) {
        if (v.is_object()) return true;
        problem(path, std::string("must be an object, not ") + v.type_name());
        return false;
    }

    void onlyKnownKeys(const json &obj, const std::string &path, std::initializer_list<const char *> known) {
        for (auto it = obj.begin(); it != obj.end(); ++it) {
            bool found = false;
            for (const char *k : known) found = found || it.key() == k;
            if (!found) problem(join(path, it.key()), "unknown field");
        }
    }

    // Remembers where each id was first seen, to point at both places of a duplicate.
    void unique(std::map<std::string, std::string> &seen, const std::string &value, const std::string &path,
                const char *what) {
        if (value.empty()) return;
        auto [it, inserted] = seen.try_emplace(value, path);
        if (!inserted) problem(path, std::string("duplicate ") + what + " '" + value + "' (first at " + it->second + ")");
    }

private:
    SpecLimits limits_;
};

bool isPin(const std::string &s) {
    if (s.size() < 4 || s.size() > 8) return false;
    for (char c : s)
        if (c < '0' || c > '9') return false;
    return true;
}

// Paths are joined to the meeting file's folder by the caller: anything that could
// climb out of it or name another disk is refused here.
std::optional<std::string> pathProblem(const std::string &file) {
    if (file.front() == '/') return "must be a relative path (it starts with '/')";
    if (file.find('\\') != std::string::npos) return "must use '/' between folders, not '\\'";
    std::size_t start = 0;
    while (start <= file.size()) {
        const std::size_t end = std::min(file.find('/', start), file.size());
        if (file.compare(start, end - start, "..") == 0 && end - start == 2) return "must not contain '..'";
        start = end + 1;
    }
    return std::nullopt;
}

MemberSpec readMember(SpecReader &r, const json &m, const std::string &p) {
    MemberSpec out;
    r.onlyKnownKeys(m, p, {"id", "name", "position", "role", "pin", "entitled", "weight"});
    out.id = r.id(m, p);
    out.name = r.text(m, p, "name", true);
    out.position = r.text(m, p, "position", false);
    const std::string role = r.text(m, p, "role", true);
    if (auto parsed = parseRole(role)) out.role = *parsed;
    else if (!role.empty())
        r.problem(join(p, "role"), "unknown role '" + role + "' (chair, secretary, delegate, guest, observer)");
    const std::string pinPath = join(p, "pin");
    if (auto it = m.find("pin"); it != m.end() && it->is_number())
        r.problem(pinPath, "must be a string of 4 to 8 digits in quotes (a number loses leading zeros)");
    else if (out.pin = r.text(m, p, "pin", true); !out.pin.empty() && !isPin(out.pin))
        r.problem(pinPath, "must be 4 to 8 digits");
    out.entitled = entitledByDefault(out.role);
    if (auto it = m.find("entitled"); it != m.end()) {
        if (it->is_boolean()) out.entitled = it->get<bool>();
        else r.problem(join(p, "entitled"), std::string("must be true or false, not ") + it->type_name());
    }
    if (auto it = m.find("weight"); it != m.end()) {
        const std::string wp = join(p, "weight");
        if (!it->is_number_integer())
            r.problem(wp, std::string("must be a whole number of votes, not ") + it->type_name());
        else if (const auto w = it->get<std::int64_t>(); w < 1 || w > std::int64_t(kMaxVoteWeight))
            r.problem(wp, "must be 1 to " + std::to_string(kMaxVoteWeight) + " votes, not " + std::to_string(w));
        else if (!out.entitled && w != 1)
            r.problem(wp, "only a member entitled to vote carries votes (set \"entitled\": true or drop the weight)");
        else
            out.weight = static_cast<std::uint32_t>(w);
    }
    return out;
}

SeatSpec readSeat(SpecReader &r, const json &s, const std::string &p) {
    SeatSpec out;
    r.onlyKnownKeys(s, p, {"id", "label", "device"});
    out.id = r.id(s, p);
    out.label = r.text(s, p, "label", false);
    if (out.label.empty()) out.label = out.id;
    out.device = r.id(s, p, "device");
    return out;
}

DocumentSpec readDocument(SpecReader &r, const json &d, const std::string &p) {
    DocumentSpec out;
    r.onlyKnownKeys(d, p, {"id", "title", "file", "access", "readers"});
    out.id = r.id(d, p);
    out.title = r.text(d, p, "title", true);
    out.file = r.text(d, p, "file", true);
    if (!out.file.empty())
        if (auto why = pathProblem(out.file)) r.problem(join(p, "file"), *why);
    const std::string access = r.text(d, p, "access", false);
    if (auto parsed = parseAccess(access)) out.access.access = *parsed;
    else if (!access.empty())
        r.problem(join(p, "access"), "unknown access '" + access + "' (meeting, named, confidential)");
    if (const json *readers = r.list(d, p, "readers", false))
        for (std::size_t i = 0; i < readers->size(); ++i) {
            if (!(*readers)[i].is_string()) {
                r.problem(at(join(p, "readers"), i), "must be a member id (a string)");
                continue;
            }
            out.access.readers.push_back((*readers)[i].get<std::string>());
        }
    return out;
}

AgendaItemSpec readItem(SpecReader &r, const json &item, const std::string &p, std::size_t index,
                        std::map<std::string, std::string> &documentIds) {
    AgendaItemSpec out;
    r.onlyKnownKeys(item, p, {"id", "number", "title", "presenter", "documents"});
    out.id = r.id(item, p);
    out.number = r.text(item, p, "number", false);
    if (out.number.empty()) out.number = std::to_string(index + 1);
    out.title = r.text(item, p, "title", true);
    out.presenter = r.text(item, p, "presenter", false);
    if (const json *docs = r.list(item, p, "documents", false)) {
        for (std::size_t i = 0; i < docs->size(); ++i) {
            const std::string dp = at(join(p, "documents"), i);
            if (!r.object((*docs)[i], dp)) continue;
            out.documents.push_back(readDocument(r, (*docs)[i], dp));
            r.unique(documentIds, out.documents.back().id, join(dp, "id"), "document id");
        }
    }
    return out;
}

} // namespace

Result<MeetingSpec, std::vector<SpecProblem>> parseMeetingSpec(std::string_view text, const SpecLimits &limits) {
    json root;
    try {
        root = json::parse(text);
    } catch (const json::parse_error &e) {
        std::string why = e.what();
        if (auto cut = why.find("] "); cut != std::string::npos) why = why.substr(cut + 2);
        return fail(std::vector<SpecProblem>{{"", "invalid JSON at byte " + std::to_string(e.byte) + ": " + why}});
    }
    SpecReader r(limits);
    if (!root.is_object())
        return fail(std::vector<SpecProblem>{{"", std::string("the meeting file must be a JSON object, not ") +
                                                      root.type_name()}});
    MeetingSpec spec;
    r.onlyKnownKeys(root, "", {"id", "title", "location", "starts_at", "members", "seats", "agenda"});
    spec.id = r.id(root, "");
    spec.title = r.text(root, "", "title", true);
    spec.location = r.text(root, "", "location", false);
    spec.startsAt = r.text(root, "", "starts_at", true);
    if (!spec.startsAt.empty()) {
        auto ms = parseIsoTimestamp(spec.startsAt);
        if (ms) spec.startsAtMs = *ms;
        else r.problem("starts_at", ms.error());
    }

    std::map<std::string, std::string> seen;
    if (const json *members = r.list(root, "", "members", true)) {
        bool chair = false;
        for (std::size_t i = 0; i < members->size(); ++i) {
            const std::string p = at("members", i);
            if (!r.object((*members)[i], p)) continue;
            spec.members.push_back(readMember(r, (*members)[i], p));
            r.unique(seen, spec.members.back().id, join(p, "id"), "member id");
            chair = chair || ((*members)[i].value("role", json()) == "chair");
        }
        if (!chair) r.problem("members", "needs at least one member with role \"chair\"");
    }

    seen.clear();
    std::map<std::string, std::string> devices;
    if (const json *seats = r.list(root, "", "seats", false)) {
        for (std::size_t i = 0; i < seats->size(); ++i) {
            const std::string p = at("seats", i);
            if (!r.object((*seats)[i], p)) continue;
            spec.seats.push_back(readSeat(r, (*seats)[i], p));
            r.unique(seen, spec.seats.back().id, join(p, "id"), "seat id");
            r.unique(devices, spec.seats.back().device, join(p, "device"), "seat device");
        }
    }

    seen.clear();
    std::map<std::string, std::string> documentIds;
    if (const json *agenda = r.list(root, "", "agenda", false)) {
        for (std::size_t i = 0; i < agenda->size(); ++i) {
            const std::string p = at("agenda", i);
            if (!r.object((*agenda)[i], p)) continue;
            spec.agenda.push_back(readItem(r, (*agenda)[i], p, i, documentIds));
            r.unique(seen, spec.agenda.back().id, join(p, "id"), "agenda item id");
        }
    }

    // Access lists name members: checked once every member is known.
    std::vector<std::string> memberIds;
    for (const auto &m : spec.members) memberIds.push_back(m.id);
    for (std::size_t i = 0; i < spec.agenda.size(); ++i)
        for (std::size_t j = 0; j < spec.agenda[i].documents.size(); ++j)
            if (auto ok = validateAccessList(spec.agenda[i].documents[j].access, memberIds); !ok)
                r.problem(join(at(join(at("agenda", i), "documents"), j), "readers"), ok.error());

    if (!r.problems.empty()) return fail(std::move(r.problems));
    return spec;
}

} // namespace ecabinet::domain
