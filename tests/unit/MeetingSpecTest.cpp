// The meeting file: a valid file parses; each rule, broken on its own, is reported
// with its JSON path and a message a secretary can act on.
#include "domain/MeetingSpec.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <functional>

using namespace ecabinet::domain;
using nlohmann::json;

namespace {

json validFile() {
    return json::parse(R"({
      "id": "ubnd-2026-11-23", "title": "Phiên họp UBND tháng 11", "location": "Phòng họp số 1",
      "starts_at": "2026-11-23T08:00:00+07:00",
      "members": [
        {"id": "p01", "name": "Nguyễn Văn A", "position": "Chủ tịch", "role": "chair", "pin": "1234"},
        {"id": "p02", "name": "Trần Thị B", "role": "secretary", "pin": "00001111"},
        {"id": "p03", "name": "Lê Văn C", "role": "delegate", "pin": "5678", "entitled": false},
        {"id": "p04", "name": "Phạm D", "role": "guest", "pin": "9999"}
      ],
      "seats": [ {"id": "s01", "label": "Ghế 1", "device": "seat-01"}, {"id": "s02", "device": "seat-02"} ],
      "agenda": [
        {"id": "i1", "number": "1", "title": "Báo cáo", "presenter": "Sở KH-ĐT",
         "documents": [ {"id": "d1", "title": "Báo cáo", "file": "docs/bao-cao.pdf"} ]},
        {"id": "i2", "title": "Khác", "documents": [ {"id": "d2", "title": "Tờ trình", "file": "./to-trinh.pdf"} ]}
      ]
    })");
}

std::vector<SpecProblem> problemsOf(const std::string &text) {
    auto got = parseMeetingSpec(text);
    return got.ok() ? std::vector<SpecProblem>{} : got.error();
}

std::string all(const std::vector<SpecProblem> &ps) {
    std::string s;
    for (const auto &p : ps) s += "  " + p.text() + "\n";
    return s;
}

// Breaks one rule of a valid file and expects that exact path with that message.
void expectProblem(const std::function<void(json &)> &breakIt, const std::string &path,
                   const std::string &messagePart) {
    json j = validFile();
    breakIt(j);
    const auto problems = problemsOf(j.dump());
    ASSERT_FALSE(problems.empty()) << "accepted a file with a problem at " << path;
    bool found = false;
    for (const auto &p : problems) found = found || (p.path == path && p.message.find(messagePart) != std::string::npos);
    EXPECT_TRUE(found) << "wanted " << path << ": ..." << messagePart << "...; got\n" << all(problems);
}

} // namespace

TEST(MeetingSpec, AValidFileParsesCompletely) {
    auto got = parseMeetingSpec(validFile().dump());
    ASSERT_TRUE(got.ok()) << all(got.error());
    const MeetingSpec &m = *got;
    EXPECT_EQ(m.id, "ubnd-2026-11-23");
    EXPECT_EQ(m.location, "Phòng họp số 1");
    EXPECT_EQ(m.startsAtMs, 1'795'395'600'000); // date -d '2026-11-23T08:00:00+07:00' +%s
    ASSERT_EQ(m.members.size(), 4u);
    EXPECT_EQ(m.members[0].role, Role::Chair);
    EXPECT_TRUE(m.members[0].entitled) << "chair entitled by default";
    EXPECT_FALSE(m.members[1].entitled) << "secretary not entitled by default";
    EXPECT_FALSE(m.members[2].entitled) << "explicit false wins over the delegate default";
    EXPECT_EQ(m.members[1].pin, "00001111") << "leading zeros kept";
    ASSERT_EQ(m.seats.size(), 2u);
    EXPECT_EQ(m.seats[1].label, "s02") << "label defaults to the id";
    ASSERT_EQ(m.agenda.size(), 2u);
    EXPECT_EQ(m.agenda[1].number, "2") << "number defaults to the position";
    EXPECT_EQ(m.agenda[0].documents[0].file, "docs/bao-cao.pdf");
}

TEST(MeetingSpec, InvalidJsonNamesTheByteOffset) {
    // Bad input tried: a missing comma after the first field. nlohmann_json reports the
    // byte where it stopped: just after the unexpected "title" (bytes 12..18), i.e. 19.
    const auto ps = problemsOf(R"({"id": "m1" "title": "x"})");
    ASSERT_EQ(ps.size(), 1u);
    EXPECT_EQ(ps[0].path, "");
    EXPECT_NE(ps[0].message.find("invalid JSON at byte 19"), std::string::npos) << ps[0].message;
}

TEST(MeetingSpec, EmptyTextAndNonObjectsAreRefused) {
    EXPECT_NE(all(problemsOf("")).find("invalid JSON"), std::string::npos);
    EXPECT_NE(all(problemsOf("[1,2]")).find("must be a JSON object, not array"), std::string::npos);
}

TEST(MeetingSpec, InvalidUtf8IsRefused) {
    // Bad input tried: a lone continuation byte inside the title.
    std::string text = validFile().dump();
    text.replace(text.find("Phiên"), 1, "\x80");
    const auto ps = problemsOf(text);
    ASSERT_FALSE(ps.empty());
    EXPECT_NE(all(ps).find("UTF-8"), std::string::npos) << all(ps);
}

TEST(MeetingSpec, MissingAndEmptyRequiredFields) {
    const std::pair<std::vector<std::string>, std::string> cases[] = {
        {{"id"}, "id"}, {{"title"}, "title"}, {{"starts_at"}, "starts_at"}, {{"members"}, "members"},
        {{"members", "0", "id"}, "members[0].id"}, {{"members", "1", "name"}, "members[1].name"},
        {{"members", "2", "role"}, "members[2].role"}, {{"members", "3", "pin"}, "members[3].pin"},
        {{"seats", "0", "id"}, "seats[0].id"}, {{"seats", "1", "device"}, "seats[1].device"},
        {{"agenda", "0", "id"}, "agenda[0].id"}, {{"agenda", "1", "title"}, "agenda[1].title"},
        {{"agenda", "0", "documents", "0", "file"}, "agenda[0].documents[0].file"},
        {{"agenda", "1", "documents", "0", "title"}, "agenda[1].documents[0].title"},
    };
    for (const auto &[keys, path] : cases) {
        auto locate = [keys = keys](json &j) -> std::pair<json *, std::string> {
            json *node = &j;
            for (std::size_t k = 0; k + 1 < keys.size(); ++k)
                node = node->is_array() ? &(*node)[std::stoul(keys[k])] : &(*node)[keys[k]];
            return {node, keys.back()};
        };
        expectProblem([&](json &j) { auto [n, k] = locate(j); n->erase(k); }, path, "is required");
        if (path != "members")
            expectProblem([&](json &j) { auto [n, k] = locate(j); (*n)[k] = ""; }, path, "must not be empty");
    }
}

TEST(MeetingSpec, WrongTypes) {
    expectProblem([](json &j) { j["title"] = 42; }, "title", "must be a string, not number");
    expectProblem([](json &j) { j["members"] = json::object(); }, "members", "must be a list, not object");
    expectProblem([](json &j) { j["seats"][1] = "s02"; }, "seats[1]", "must be an object, not string");
    expectProblem([](json &j) { j["members"][2]["entitled"] = "yes"; }, "members[2].entitled", "true or false");
    expectProblem([](json &j) { j["agenda"][0]["documents"] = "d1"; }, "agenda[0].documents", "must be a list");
}

TEST(MeetingSpec, UnknownFieldsAreReported) {
    // Bad input tried: "entiled" (a typo that would silently make a delegate entitled).
    expectProblem([](json &j) { j["members"][2]["entiled"] = false; }, "members[2].entiled", "unknown field");
    expectProblem([](json &j) { j["venue"] = "x"; }, "venue", "unknown field");
}

TEST(MeetingSpec, DuplicateIds) {
    expectProblem([](json &j) { j["members"][3]["id"] = "p01"; }, "members[3].id", "duplicate member id 'p01' (first at members[0].id)");
    expectProblem([](json &j) { j["seats"][1]["id"] = "s01"; }, "seats[1].id", "duplicate seat id");
    expectProblem([](json &j) { j["seats"][1]["device"] = "seat-01"; }, "seats[1].device", "duplicate seat device");
    expectProblem([](json &j) { j["agenda"][1]["id"] = "i1"; }, "agenda[1].id", "duplicate agenda item id");
    // Documents are unique across the whole meeting, not just within one item.
    expectProblem([](json &j) { j["agenda"][1]["documents"][0]["id"] = "d1"; }, "agenda[1].documents[0].id",
                  "duplicate document id 'd1' (first at agenda[0].documents[0].id)");
}

TEST(MeetingSpec, RolesAndChair) {
    expectProblem([](json &j) { j["members"][2]["role"] = "Delegate"; }, "members[2].role", "unknown role 'Delegate'");
    expectProblem([](json &j) { j["members"][0]["role"] = "delegate"; }, "members", "at least one member with role \"chair\"");
}

TEST(MeetingSpec, PinIsFourToEightAsciiDigits) {
    // Bad input tried: too short, too long, letters, space, Arabic-Indic digits, a JSON number.
    for (const char *bad : {"123", "123456789", "12a4", "12 34", "\xd9\xa1\xd9\xa2\xd9\xa3\xd9\xa4"})
        expectProblem([&](json &j) { j["members"][3]["pin"] = bad; }, "members[3].pin", "must be 4 to 8 digits");
    expectProblem([](json &j) { j["members"][3]["pin"] = 1234; }, "members[3].pin", "in quotes");
    for (const char *good : {"0000", "12345678"}) {
        json j = validFile();
        j["members"][3]["pin"] = good;
        EXPECT_TRUE(parseMeetingSpec(j.dump()).ok()) << good;
    }
}

TEST(MeetingSpec, StartsAtNeedsAnOffset) {
    expectProblem([](json &j) { j["starts_at"] = "2026-11-23T08:00:00"; }, "starts_at", "needs an offset");
    expectProblem([](json &j) { j["starts_at"] = "2026-02-30T08:00:00+07:00"; }, "starts_at", "day 30 does not exist");
}

TEST(MeetingSpec, StringAndListLimits) {
    const std::string big(4097, 'x');
    expectProblem([&](json &j) { j["title"] = big; }, "title", "is 4097 bytes (limit 4096)");
    json ok = validFile();
    ok["title"] = std::string(4096, 'x');
    EXPECT_TRUE(parseMeetingSpec(ok.dump()).ok()) << "exactly at the limit is fine";
    expectProblem([](json &j) { j["seats"] = json::array(); for (int i = 0; i < 10001; ++i)
                                  j["seats"].push_back({{"id", "s" + std::to_string(i)}, {"device", "d" + std::to_string(i)}}); },
                  "seats", "has 10001 entries (limit 10000)");
}

TEST(MeetingSpec, IdsRefuseControlCharacters) {
    // Bad input tried: a NUL, which would blur the event log's NUL-separated canonical bytes.
    expectProblem([](json &j) { j["id"] = std::string("m\0x", 3); }, "id", "control characters");
}

TEST(MeetingSpec, DocumentPathsStayInsideTheMeetingFolder) {
    const std::pair<const char *, const char *> cases[] = {
        {"/etc/passwd", "relative"}, {"../secret.pdf", "'..'"}, {"docs/../../x.pdf", "'..'"},
        {"docs/..", "'..'"}, {"docs\\a.pdf", "'/'"}};
    for (auto [file, message] : cases)
        expectProblem([&](json &j) { j["agenda"][0]["documents"][0]["file"] = file; },
                      "agenda[0].documents[0].file", message);
    for (const char *good : {"a..b.pdf", "docs/..hidden/x.pdf", "x.pdf"}) {
        json j = validFile();
        j["agenda"][0]["documents"][0]["file"] = good;
        EXPECT_TRUE(parseMeetingSpec(j.dump()).ok()) << good;
    }
}

TEST(MeetingSpec, EveryProblemIsReportedAtOnce) {
    json j = validFile();
    j["title"] = "";
    j["members"][1]["pin"] = "12";
    j["seats"][1]["device"] = "seat-01";
    j["agenda"][0]["documents"][0]["file"] = "/abs.pdf";
    const auto ps = problemsOf(j.dump());
    EXPECT_EQ(ps.size(), 4u) << all(ps);
}

TEST(MeetingSpec, VoteWeightIsAWholeNumberForEntitledMembersOnly) {
    {
        json j = validFile();
        j["members"][0]["weight"] = 3;
        auto spec = parseMeetingSpec(j.dump());
        ASSERT_TRUE(spec.ok()) << all(spec.error());
        EXPECT_EQ(spec->members[0].weight, 3u);
        EXPECT_EQ(spec->members[1].weight, 1u) << "no weight given means one vote";
    }
    {
        json j = validFile();
        j["members"][0]["weight"] = kMaxVoteWeight;
        EXPECT_TRUE(parseMeetingSpec(j.dump()).ok()) << "the upper limit itself is allowed";
    }
    // Bad input tried: zero, negative, above the limit, a fraction, text, and a weight on a
    // guest and on a delegate marked not entitled.
    expectProblem([](json &j) { j["members"][0]["weight"] = 0; }, "members[0].weight", "must be 1 to 1000 votes, not 0");
    expectProblem([](json &j) { j["members"][0]["weight"] = -2; }, "members[0].weight", "not -2");
    expectProblem([](json &j) { j["members"][0]["weight"] = kMaxVoteWeight + 1; }, "members[0].weight", "not 1001");
    expectProblem([](json &j) { j["members"][0]["weight"] = 1.5; }, "members[0].weight", "whole number");
    expectProblem([](json &j) { j["members"][0]["weight"] = "2"; }, "members[0].weight", "whole number");
    expectProblem([](json &j) { j["members"][3]["weight"] = 2; }, "members[3].weight", "only a member entitled");
    expectProblem([](json &j) { j["members"][2]["weight"] = 2; }, "members[2].weight", "only a member entitled");
}
