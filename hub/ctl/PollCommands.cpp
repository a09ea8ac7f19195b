// poll export: a poll's result as CSV for spreadsheets and the minutes; and the poll lines
// of `status`.
#include "ctl/Ctl.h"

#include "service/PollQuery.h"
#include "store/Meetings.h"
#include "store/Polls.h"

#include <fstream>
#include <iostream>
#include <map>
#include <sstream>

namespace ecabinet::ctl {

namespace {

// RFC 4180 field: quoted when it holds a comma, a quote or a line break.
std::string field(const std::string &v) {
    if (v.find_first_of(",\"\r\n") == std::string::npos) return v;
    std::string out = "\"";
    for (char c : v) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

std::string csvRow(const std::vector<std::string> &fields) {
    std::string out;
    for (std::size_t i = 0; i < fields.size(); ++i) out += (i ? "," : "") + field(fields[i]);
    return out + "\r\n"; // CRLF: what spreadsheet programs expect
}

std::string verdictName(domain::Verdict v) {
    switch (v) {
    case domain::Verdict::Adopted: return "passed";
    case domain::Verdict::Rejected: return "failed";
    case domain::Verdict::Tie: return "tie";
    }
    return "unknown";
}

std::string choiceLabels(const domain::PollSpec &spec, const domain::Selection &s) {
    if (s.empty()) return "(blank)";
    std::string out;
    for (auto i : s) out += (out.empty() ? "" : "; ") + (i < spec.options.size() ? spec.options[i] : std::to_string(i));
    return out;
}

struct Verdictline {
    std::string verdict;
    std::uint64_t required = 0, base = 0;
};

Verdictline verdictOf(const domain::PollResult &r) {
    if (r.motion) return {verdictName(r.motion->verdict), r.motion->required, r.motion->baseTotal};
    if (r.choice) return {verdictName(r.choice->verdict), r.choice->required, r.choice->baseTotal};
    return {"none", 0, 0};
}

int pollExport(const Args &a) {
    const std::string meetingId = a.words.at(2), pollId = a.words.at(3);
    const std::string file = a.required("csv");
    auto store = openStore(a);
    hub::MeetingTable meetings(*store);
    const auto meeting = meetings.meeting(meetingId);
    if (!meeting) throw CtlError("no meeting '" + meetingId + "'");
    const auto row = hub::PollTable(*store).poll(meetingId, pollId);
    if (!row) throw CtlError("no poll '" + pollId + "' in meeting " + meetingId);
    const auto poll = hub::loadStoredPoll(*store, meetingId, *row);
    const auto result = poll.result();
    if (!result)
        throw CtlError("poll " + pollId + " has no result to export: " + result.error().text);
    std::map<std::string, hub::MemberRow> members;
    for (auto &m : meetings.members(meetingId)) members.emplace(m.id, m);
    const auto &spec = poll.spec();
    const auto v = verdictOf(*result);

    std::string csv = "\xEF\xBB\xBF"; // UTF-8 BOM: spreadsheet programs then read Vietnamese correctly
    csv += csvRow({"meeting", meeting->id, meeting->title});
    csv += csvRow({"poll", row->id, spec.question});
    csv += csvRow({"mode", std::string(hub::modeName(spec.mode)), "status", std::string(domain::pollStateName(poll.state()))});
    csv += csvRow({"majority", domain::describe(spec.majority)});
    csv += csvRow({"verdict", v.verdict, "required", std::to_string(v.required), "base", std::to_string(v.base)});
    if (result->quorumAtOpen) csv += csvRow({"quorum at open", domain::describe(*result->quorumAtOpen)});
    csv += csvRow({"eligible at close", std::to_string(result->eligibleAtClose.size()), "present weight",
                std::to_string(result->presentWeight), "entitled weight", std::to_string(result->entitledWeight)});
    csv += "\r\n" + csvRow({"option", "ballots", "weight"});
    for (const auto &o : result->tally.options) csv += csvRow({o.label, std::to_string(o.count), std::to_string(o.weight)});
    if (spec.kind == domain::PollKind::Choice)
        csv += csvRow({"(blank)", std::to_string(result->tally.blank.count), std::to_string(result->tally.blank.weight)});
    csv += csvRow({"total", std::to_string(result->tally.ballots), std::to_string(result->tally.ballotWeight)});

    const bool secret = spec.mode == domain::PollMode::Secret;
    if (!secret) {
        const auto ballots = poll.namedBallots();
        if (!ballots) throw CtlError("poll " + pollId + ": " + ballots.error().text);
        csv += "\r\n" + csvRow({"voter", "name", "position", "cast by", "choice", "weight"});
        for (const auto &b : *ballots) {
            const auto m = members.find(b.voter);
            csv += csvRow({b.voter, m != members.end() ? m->second.name : "", m != members.end() ? m->second.position : "",
                        b.castBy == b.voter ? "" : b.castBy, choiceLabels(spec, b.selection), std::to_string(b.weight)});
        }
    }
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out << csv;
    out.close();
    if (!out) throw CtlError("cannot write " + file);
    std::cout << "poll " << pollId << " exported to " << file << ": " << result->tally.ballots << " ballots, "
              << v.verdict << '\n';
    if (secret)
        std::cout << "poll " << pollId << " is secret: the tally only; nobody's name is linked to a choice\n";
    return kExitOk;
}

} // namespace

int cmdPoll(const Args &a) {
    if (a.words.size() == 4 && a.words[1] == "export") return pollExport(a);
    throw CtlError("usage: poll export MEETING POLL --csv FILE");
}

void printPolls(hub::Store &store, const std::string &meetingId) {
    for (const auto &row : hub::PollTable(store).all(meetingId)) {
        std::cout << "      " << row.id << "  " << hub::modeName(row.mode) << "  " << domain::pollStateName(row.state);
        try {
            const auto poll = hub::loadStoredPoll(store, meetingId, row);
            if (const auto r = poll.result()) {
                const auto v = verdictOf(*r);
                std::cout << "  ";
                for (std::size_t i = 0; i < r->tally.options.size(); ++i)
                    std::cout << (i ? " / " : "") << r->tally.options[i].label << ' ' << r->tally.options[i].weight;
                std::cout << "  " << v.verdict << " (needs " << v.required << " of " << v.base << ")";
            } else {
                std::cout << "  ballots " << poll.progress([](const std::string &) { return false; }).ballotsIn;
            }
        } catch (const hub::StoreError &e) {
            std::cout << "  (unreadable: " << e.what() << ")";
        }
        std::cout << "  \"" << row.question << "\"\n";
    }
}

} // namespace ecabinet::ctl
