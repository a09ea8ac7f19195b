// The registry end to end: the real ecabinet-registry process, real CURVE sockets, on SQLite
// or on a real PostgreSQL (the same tests; ctest runs them twice, the second time inside
// pg_virtualenv with ECABINET_REGISTRY_BACKEND=postgresql).
#include "RegistryFixture.h"

#include "domain/DirectiveNumber.h"

#include <gtest/gtest.h>

#include <QTemporaryDir>

#include <fstream>
#include <set>
#include <sstream>
#include <thread>

using namespace ecabinet;
using namespace ecabinet::test;

namespace {

std::string unitId(int i) {
    char id[16];
    std::snprintf(id, sizeof id, "u%02d", i);
    return id;
}

// The database of a fresh test: SQLite in the data dir, or a fresh schema-less PostgreSQL db.
std::string freshDb(const std::string &name) {
    if (!usePostgres()) return {};
    // One database per test so tests do not see each other's rows.
    const std::string admin = postgresUrl();
    QProcess p;
    // Two -c: DROP/CREATE DATABASE cannot share a transaction.
    p.start(QStringLiteral("psql"), {QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-q"),
                                     QStringLiteral("-c"), QString::fromStdString("DROP DATABASE IF EXISTS " + name),
                                     QStringLiteral("-c"), QString::fromStdString("CREATE DATABASE " + name)});
    p.waitForFinished(60000);
    EXPECT_EQ(p.exitCode(), 0) << p.readAllStandardError().toStdString();
    std::string url = admin;
    const auto slash = url.find('/', std::string("postgresql://").size());
    const auto q = url.find('?', slash);
    return url.substr(0, slash + 1) + name + (q == std::string::npos ? std::string() : url.substr(q));
}

wire::RegistryEnvelope publishTo(const std::vector<std::string> &units, const std::string &title,
                                 const std::vector<std::pair<std::string, std::string>> &tasks = {}) {
    wire::RegistryEnvelope r;
    auto *p = r.mutable_publish_directive();
    p->set_type_code("TB");
    p->set_title(title);
    p->set_text("Kết luận của Thường trực Tỉnh ủy về " + title);
    p->set_signer_name("Nguyễn Văn A");
    p->set_signer_title("Phó Bí thư Thường trực");
    for (const auto &u : units) p->add_recipients(u);
    for (const auto &[lead, deadline] : tasks) {
        auto *t = p->add_tasks();
        t->set_title("Báo cáo kết quả thực hiện");
        t->set_lead_unit(lead);
        t->set_responsible_leader("Giám đốc");
        t->set_deadline(deadline);
    }
    return r;
}

wire::RegistryEnvelope step(const std::string &task, wire::TaskActionWire a, const std::string &text = {},
                            const std::string &deadline = {}) {
    wire::RegistryEnvelope r;
    auto *s = r.mutable_task_step();
    s->set_task_id(task);
    s->set_action(a);
    s->set_text(text);
    s->set_deadline(deadline);
    return r;
}

wire::RegistryEnvelope open(const std::string &directive) {
    wire::RegistryEnvelope r;
    r.mutable_get_directive()->set_directive_id(directive);
    return r;
}

class Registry : public ::testing::Test {
protected:
    void SetUp() override {
        const auto *info = ::testing::UnitTest::GetInstance()->current_test_info();
        std::string name = std::string("reg_") + info->name();
        for (auto &ch : name) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
        registry = std::make_unique<RegistryProcess>(seedJson(49, {{"phong-hop-1", hubKeys.first}}), freshDb(name));
        registry->start();
    }
    RegistryClient desk() { return RegistryClient(registry->port(), registry->publicKey()); }

    std::pair<std::string, std::string> hubKeys = [] {
        char a[41], b[41];
        zmq_curve_keypair(a, b);
        return std::make_pair(std::string(a), std::string(b));
    }();
    std::unique_ptr<RegistryProcess> registry;
};

std::vector<std::string> allUnits() {
    std::vector<std::string> out;
    for (int i = 1; i <= 49; ++i) out.push_back(unitId(i));
    return out;
}

} // namespace

// The seed's committee: 49 units, 21 directives; 14 units read all, 26 have 1-5 unread, 9 read
// none; 18 of the 49 reports are in. The dashboard must say exactly that.
TEST_F(Registry, SeedStatisticsFromReceiptsAndReports) {
    auto dispatch = desk();
    dispatch.signIn("vanthu", kPassword);
    std::vector<std::string> directives;
    std::vector<std::pair<std::string, std::string>> oneTaskEach;
    for (int i = 1; i <= 49; ++i) oneTaskEach.push_back({unitId(i), "2099-12-31"});
    for (int d = 1; d <= 21; ++d) {
        const auto reply = dispatch.call(publishTo(allUnits(), "văn bản " + std::to_string(d), d == 1 ? oneTaskEach : decltype(oneTaskEach){}));
        ASSERT_TRUE(reply.has_directive_published()) << reply.error().message();
        EXPECT_EQ(reply.directive_published().number(), std::to_string(d) + "-TB/TU");
        directives.push_back(reply.directive_published().directive_id());
    }
    ASSERT_EQ(directives.size(), 21u);
    for (int i = 1; i <= 40; ++i) {
        auto unit = desk();
        unit.signIn(unitId(i), kPassword);
        const int unread = i <= 14 ? 0 : 1 + (i % 5); // units 15..40: 1 to 5 unread
        for (int d = 0; d < 21 - unread; ++d) {
            const auto r = unit.call(open(directives[d]));
            ASSERT_TRUE(r.has_directive_detail()) << r.error().message();
        }
        if (i <= 18) { // 18 units report
            const std::string task = directives[0] + "." + std::to_string(i);
            for (auto a : {wire::TASK_ACTION_ACKNOWLEDGE, wire::TASK_ACTION_START}) {
                const auto r = unit.call(step(task, a));
                ASSERT_TRUE(r.has_task_detail()) << r.error().message();
            }
            const auto r = unit.call(step(task, wire::TASK_ACTION_REPORT, "Đã hoàn thành, báo cáo kèm theo"));
            ASSERT_TRUE(r.has_task_detail()) << r.error().message();
            EXPECT_EQ(r.task_detail().task().state(), wire::TASK_STATE_REPORTED);
        }
        // Opening again is one more open, not one more read.
        if (i == 1) {
            ASSERT_TRUE(unit.call(open(directives[0])).has_directive_detail());
        }
    }
    for (int i = 1; i <= 10; ++i) {
        const auto r = dispatch.call(step(directives[0] + "." + std::to_string(i), wire::TASK_ACTION_ACCEPT));
        ASSERT_TRUE(r.has_task_detail()) << r.error().message();
        EXPECT_EQ(r.task_detail().task().state(), wire::TASK_STATE_DONE);
    }

    wire::RegistryEnvelope q;
    q.mutable_get_statistics();
    const auto st = dispatch.call(q);
    ASSERT_TRUE(st.has_statistics()) << st.error().message();
    const auto &s = st.statistics();
    EXPECT_EQ(s.units_read_all(), 14u);
    EXPECT_EQ(s.units_some_unread(), 26u);
    EXPECT_EQ(s.units_none_read(), 9u);
    EXPECT_EQ(s.units_nothing_sent(), 0u);
    EXPECT_EQ(s.tasks().reports_in(), 18u);
    EXPECT_EQ(s.tasks().reports_expected(), 49u);
    EXPECT_EQ(s.tasks().done(), 10u);
    EXPECT_EQ(s.tasks().reported(), 8u);
    EXPECT_EQ(s.tasks().in_progress(), 31u);
    EXPECT_EQ(s.tasks().on_time_percent(), 100);
    ASSERT_EQ(s.units_size(), 49);
    EXPECT_EQ(s.units(0).unit_id(), "u01");
    EXPECT_EQ(s.units(0).read(), 21u);
    EXPECT_EQ(s.units(20).unit_id(), "u21");
    EXPECT_EQ(s.units(20).read(), 21u - (1 + 21 % 5));
    ASSERT_EQ(s.directives_size(), 21);
    EXPECT_EQ(s.directives(20).number(), "1-TB/TU"); // newest first
    EXPECT_EQ(s.directives(20).tasks().total(), 49u);

    // A unit sees only its own row.
    auto u1 = desk();
    u1.signIn("u01", kPassword);
    const auto mine = u1.call(q);
    ASSERT_TRUE(mine.has_statistics());
    ASSERT_EQ(mine.statistics().units_size(), 1);
    EXPECT_EQ(mine.statistics().units(0).unit_id(), "u01");

    // The inbox of u41 (read none) has all 21 unread; u01's has none.
    wire::RegistryEnvelope inbox;
    inbox.mutable_list_directives();
    auto u41 = desk();
    u41.signIn("u41", kPassword);
    const auto box = u41.call(inbox);
    ASSERT_TRUE(box.has_directive_list());
    EXPECT_EQ(box.directive_list().total(), 21u);
    EXPECT_EQ(box.directive_list().unread(), 21u);
    EXPECT_TRUE(box.directive_list().directives(0).unread());
    EXPECT_EQ(u1.call(inbox).directive_list().unread(), 0u);

    // CSV by unit: BOM, header, one line per unit, CRLF.
    wire::RegistryEnvelope ex;
    ex.mutable_export_request()->set_kind(wire::EXPORT_KIND_CSV_UNITS);
    const auto csv = dispatch.call(ex);
    ASSERT_TRUE(csv.has_export_file()) << csv.error().message();
    const std::string &text = csv.export_file().data();
    ASSERT_GE(text.size(), 3u);
    EXPECT_EQ(text.substr(0, 3), "\xEF\xBB\xBF");
    EXPECT_EQ(text.substr(3, text.find("\r\n") - 3).rfind("Mã đơn vị,Đơn vị,", 0), 0u);
    std::size_t lines = 0;
    for (std::size_t at = 0; (at = text.find("\r\n", at)) != std::string::npos; at += 2) ++lines;
    EXPECT_EQ(lines, 50u);
    EXPECT_NE(text.find("u41,Đơn vị 41,21,0,21,Chưa đọc văn bản nào,"), std::string::npos);

    // iCalendar: the 39 open tasks (10 are done), well-formed lines.
    ex.mutable_export_request()->set_kind(wire::EXPORT_KIND_ICS_DEADLINES);
    const auto ics = dispatch.call(ex);
    ASSERT_TRUE(ics.has_export_file()) << ics.error().message();
    const std::string &cal = ics.export_file().data();
    EXPECT_EQ(cal.rfind("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:", 0), 0u);
    EXPECT_EQ(cal.substr(cal.size() - 15), "END:VCALENDAR\r\n");
    std::istringstream in(cal);
    std::string line;
    int events = 0, ends = 0, uids = 0, starts = 0, stamps = 0, summaries = 0;
    while (std::getline(in, line)) {
        ASSERT_FALSE(line.empty());
        ASSERT_EQ(line.back(), '\r') << "every line ends in CRLF";
        EXPECT_LE(line.size() - 1, 75u) << "lines are folded at 75 octets";
        events += line == "BEGIN:VEVENT\r";
        ends += line == "END:VEVENT\r";
        uids += line.rfind("UID:", 0) == 0;
        starts += line.rfind("DTSTART;VALUE=DATE:20991231", 0) == 0;
        stamps += line.rfind("DTSTAMP:", 0) == 0;
        summaries += line.rfind("SUMMARY:1-TB/TU: ", 0) == 0;
    }
    EXPECT_EQ(events, 39);
    EXPECT_EQ(ends, 39);
    EXPECT_EQ(uids, 39);
    EXPECT_EQ(starts, 39);
    EXPECT_EQ(stamps, 39);
    EXPECT_EQ(summaries, 39);
}

// A unit cannot read another unit's task or directive: refused as "not found", nothing leaks.
// Every refused step says which rule refused it.
TEST_F(Registry, UnitsSeeOnlyTheirOwnAndRefusalsAreClear) {
    auto dispatch = desk();
    dispatch.signIn("vanthu", kPassword);
    auto pub = publishTo({"u01", "u03"}, "phòng chống dịch", {{"u01", "2099-06-30"}});
    pub.mutable_publish_directive()->mutable_tasks(0)->add_coordinating_units("u03");
    const auto published = dispatch.call(pub);
    ASSERT_TRUE(published.has_directive_published()) << published.error().message();
    const std::string dir = published.directive_published().directive_id();
    const std::string task = published.directive_published().task_ids(0);

    auto u2 = desk();
    u2.signIn("u02", kPassword);
    wire::RegistryEnvelope get;
    get.mutable_get_task()->set_task_id(task);
    auto r = u2.call(get);
    ASSERT_TRUE(r.has_error());
    EXPECT_EQ(r.error().code(), wire::ERROR_NOT_FOUND);
    EXPECT_EQ(r.error().message().find("phòng"), std::string::npos) << "the refusal names nothing of the task";
    r = u2.call(open(dir));
    EXPECT_EQ(r.error().code(), wire::ERROR_NOT_FOUND);
    r = u2.call(step(task, wire::TASK_ACTION_ACKNOWLEDGE));
    EXPECT_EQ(r.error().code(), wire::ERROR_NOT_FOUND);
    wire::RegistryEnvelope list;
    list.mutable_list_tasks();
    EXPECT_EQ(u2.call(list).task_list().total(), 0u);
    list.mutable_list_directives();
    EXPECT_EQ(u2.call(list).directive_list().total(), 0u);
    // A directive that does not exist gets the same answer as one not sent to the unit.
    EXPECT_EQ(u2.call(open("2026-TU-999")).error().code(), wire::ERROR_NOT_FOUND);

    auto u1 = desk();
    u1.signIn("u01", kPassword);
    auto u3 = desk();
    u3.signIn("u03", kPassword);
    auto refused = [](const wire::RegistryEnvelope &reply, const char *rule) {
        ASSERT_TRUE(reply.has_error()) << "expected refusal " << rule;
        EXPECT_EQ(reply.error().code(), wire::ERROR_TRANSITION_REFUSED);
        EXPECT_EQ(reply.error().refusal(), rule);
        EXPECT_FALSE(reply.error().message().empty());
    };
    refused(u1.call(step(task, wire::TASK_ACTION_ACCEPT)), "role_not_allowed");          // lead accepting
    refused(u1.call(step(task, wire::TASK_ACTION_REPORT, "xong")), "wrong_state");       // not started
    refused(u3.call(step(task, wire::TASK_ACTION_ACKNOWLEDGE)), "role_not_allowed");     // coordinating
    refused(dispatch.call(step(task, wire::TASK_ACTION_START)), "role_not_allowed");     // issuer
    ASSERT_TRUE(u1.call(step(task, wire::TASK_ACTION_ACKNOWLEDGE)).has_task_detail());
    refused(u1.call(step(task, wire::TASK_ACTION_ACKNOWLEDGE)), "wrong_state");          // twice
    ASSERT_TRUE(u1.call(step(task, wire::TASK_ACTION_START)).has_task_detail());
    refused(u1.call(step(task, wire::TASK_ACTION_REPORT, "  ")), "text_required");
    refused(u1.call(step(task, wire::TASK_ACTION_REQUEST_EXTENSION, "cần thêm thời gian", "2099-06-01")), "deadline_not_later");
    refused(u1.call(step(task, wire::TASK_ACTION_REQUEST_EXTENSION, "cần thêm thời gian", "2099-02-30")), "invalid_deadline");
    ASSERT_TRUE(u1.call(step(task, wire::TASK_ACTION_REQUEST_EXTENSION, "cần thêm thời gian", "2099-07-31")).has_task_detail());
    refused(u1.call(step(task, wire::TASK_ACTION_REQUEST_EXTENSION, "lần nữa", "2099-08-31")), "extension_pending");
    const auto granted = dispatch.call(step(task, wire::TASK_ACTION_GRANT_EXTENSION, "đồng ý", "2099-07-15"));
    ASSERT_TRUE(granted.has_task_detail()) << granted.error().message();
    EXPECT_EQ(granted.task_detail().task().deadline(), "2099-07-15");
    EXPECT_TRUE(granted.task_detail().task().extended());
    ASSERT_EQ(granted.task_detail().deadlines_size(), 2);
    EXPECT_EQ(granted.task_detail().deadlines(0).deadline(), "2099-06-30");
    ASSERT_TRUE(u3.call(step(task, wire::TASK_ACTION_COMMENT, "Sở phối hợp đã gửi số liệu")).has_task_detail());
    ASSERT_TRUE(u1.call(step(task, wire::TASK_ACTION_REPORT, "Báo cáo kết quả")).has_task_detail());
    const auto returned = dispatch.call(step(task, wire::TASK_ACTION_RETURN, "Thiếu số liệu quý 3"));
    ASSERT_TRUE(returned.has_task_detail()) << returned.error().message();
    EXPECT_EQ(returned.task_detail().task().state(), wire::TASK_STATE_RETURNED);
    ASSERT_TRUE(u1.call(step(task, wire::TASK_ACTION_REPORT, "Bổ sung số liệu")).has_task_detail());
    ASSERT_TRUE(dispatch.call(step(task, wire::TASK_ACTION_ACCEPT)).has_task_detail());
    refused(u3.call(step(task, wire::TASK_ACTION_COMMENT, "muộn")), "task_done");

    // The log holds every accepted step with its actor, in order.
    const auto detail = u1.call(get);
    ASSERT_TRUE(detail.has_task_detail());
    std::vector<int> actions;
    for (const auto &e : detail.task_detail().log()) actions.push_back(e.action());
    EXPECT_EQ(actions, (std::vector<int>{wire::TASK_ACTION_ASSIGN, wire::TASK_ACTION_ACKNOWLEDGE, wire::TASK_ACTION_START,
                                         wire::TASK_ACTION_REQUEST_EXTENSION, wire::TASK_ACTION_GRANT_EXTENSION,
                                         wire::TASK_ACTION_COMMENT, wire::TASK_ACTION_REPORT, wire::TASK_ACTION_RETURN,
                                         wire::TASK_ACTION_REPORT, wire::TASK_ACTION_ACCEPT}));
    EXPECT_EQ(detail.task_detail().log(5).actor_unit(), "u03");
    EXPECT_EQ(detail.task_detail().log(7).text(), "Thiếu số liệu quý 3");

    // Dispatch-only requests from a unit; no session; another connection's session.
    EXPECT_EQ(u1.call(publishTo({"u01"}, "x")).error().code(), wire::ERROR_PERMISSION_DENIED);
    auto anon = desk();
    EXPECT_EQ(anon.call(get).error().code(), wire::ERROR_NOT_SIGNED_IN);
    anon.setSession(u1.session());
    EXPECT_EQ(anon.call(get).error().code(), wire::ERROR_NOT_SIGNED_IN) << "a session works only from its own key";
    // Wrong passwords count down, then lock.
    wire::RegistryEnvelope bad;
    bad.mutable_sign_in()->set_account("u05");
    bad.mutable_sign_in()->set_password("sai");
    auto first = anon.call(bad);
    EXPECT_EQ(first.error().code(), wire::ERROR_WRONG_PASSWORD);
    EXPECT_EQ(first.error().attempts_left(), 4u);
    for (int i = 0; i < 4; ++i) anon.call(bad);
    bad.mutable_sign_in()->set_password(kPassword);
    EXPECT_EQ(anon.call(bad).error().code(), wire::ERROR_LOCKED_OUT);
}

// 20 publishers at once, on two registry processes sharing one database, get 20 distinct,
// gap-free numbers.
TEST_F(Registry, ConcurrentPublishersGetGapFreeNumbers) {
    std::string db = registry->dbUrl();
    if (db.empty()) db = "sqlite:" + registry->dataDir() + "/registry.db";
    RegistryProcess second("", db);
    second.start();
    constexpr int kPublishers = 20;
    std::vector<std::string> numbers(kPublishers);
    std::vector<std::string> errors(kPublishers);
    std::vector<std::thread> threads;
    for (int i = 0; i < kPublishers; ++i) {
        threads.emplace_back([&, i] {
            try {
                RegistryClient c(i % 2 ? second.port() : registry->port(), i % 2 ? second.publicKey() : registry->publicKey());
                c.signIn("vanthu", kPassword);
                const auto r = c.call(publishTo({"u01", "u02"}, "song song " + std::to_string(i), {{"u01", "2099-01-31"}}));
                if (r.has_directive_published()) numbers[i] = r.directive_published().number();
                else errors[i] = r.error().message();
            } catch (const std::exception &e) {
                errors[i] = e.what();
            }
        });
    }
    for (auto &t : threads) t.join();
    std::vector<std::uint32_t> sequences;
    for (int i = 0; i < kPublishers; ++i) {
        ASSERT_TRUE(errors[i].empty()) << "publisher " << i << ": " << errors[i];
        auto parsed = domain::parseDirectiveNumber(numbers[i]);
        ASSERT_TRUE(parsed) << numbers[i];
        sequences.push_back(parsed->sequence);
    }
    const auto audit = domain::auditSequence(sequences);
    EXPECT_TRUE(audit.gapFree()) << "missing " << audit.missing.size() << ", duplicated " << audit.duplicated.size();
    EXPECT_EQ(audit.highest, std::optional<std::uint32_t>(kPublishers));
}

// Hand-offs: only a registered hub key may send them; the same conclusion twice is one.
TEST_F(Registry, HandOffIsIdempotentAndOnlyFromHubs) {
    RegistryClient hub(registry->port(), registry->publicKey(), hubKeys.first, hubKeys.second);
    wire::RegistryEnvelope h;
    auto *c = h.mutable_hand_off()->add_conclusions();
    c->set_hub_id("ignored: the key names the hub");
    c->set_meeting_id("m1");
    c->set_meeting_title("Hội nghị Ban Thường vụ");
    c->set_meeting_date("2026-11-23");
    c->set_item_number("2");
    c->set_item_title("Đầu tư công");
    c->set_conclusion_id("c1");
    c->set_text("Giao Sở Kế hoạch và Đầu tư rà soát danh mục dự án");
    c->set_approved_by("Nguyễn Văn A");
    c->set_approved_at_ms(1'790'000'000'000);
    auto r = hub.call(h);
    ASSERT_TRUE(r.has_hand_off_result()) << r.error().message();
    EXPECT_EQ(r.hand_off_result().imported(), 1u);
    h.set_request_id(0);
    r = hub.call(h);
    EXPECT_EQ(r.hand_off_result().imported(), 0u);
    EXPECT_EQ(r.hand_off_result().duplicates(), 1u);
    auto deskClient = desk();
    EXPECT_EQ(deskClient.call(h).error().code(), wire::ERROR_PERMISSION_DENIED);

    auto dispatch = desk();
    dispatch.signIn("vanthu", kPassword);
    wire::RegistryEnvelope lc;
    lc.mutable_list_conclusions()->set_pending_only(true);
    auto list = dispatch.call(lc);
    ASSERT_EQ(list.conclusion_list().conclusions_size(), 1);
    EXPECT_EQ(list.conclusion_list().conclusions(0).id(), "phong-hop-1/c1");
    auto pub = publishTo({"u01"}, "đầu tư công");
    pub.mutable_publish_directive()->add_conclusion_ids("phong-hop-1/c1");
    ASSERT_TRUE(dispatch.call(pub).has_directive_published());
    EXPECT_EQ(dispatch.call(lc).conclusion_list().conclusions_size(), 0) << "no longer pending";
}

namespace {

struct Ran {
    int code = -1;
    std::string out;
};

Ran runTool(const QString &program, const QStringList &args) {
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    Ran r;
    if (!p.waitForFinished(120000)) return r;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAll().toStdString();
    return r;
}

std::string fetchPdf(RegistryClient &client, const std::string &directive, wire::Error *error = nullptr) {
    std::string bytes;
    for (;;) {
        wire::RegistryEnvelope r;
        r.mutable_get_directive_pdf()->set_directive_id(directive);
        r.mutable_get_directive_pdf()->set_offset(bytes.size());
        r.mutable_get_directive_pdf()->set_length(64 * 1024);
        const auto reply = client.call(r);
        if (!reply.has_attachment_data()) {
            if (error) *error = reply.error();
            return {};
        }
        bytes += reply.attachment_data().data();
        if (reply.attachment_data().data().empty() || bytes.size() >= reply.attachment_data().total_size()) return bytes;
    }
}

} // namespace

// Issue 6: "The directive PDF is generated by the system and digitally signed with the signer's
// X.509 certificate ... that pdfsig verifies". With DATA/signing/nssdb (made by the test PKI
// script, as the demo does) every publication carries a signed PDF; pdfsig says it is valid
// and names the signer; a recipient unit can fetch it, another unit cannot; one changed byte
// and pdfsig says it is not valid. A signer without a certificate: the publication is refused
// with the reason, nothing is published and no number is used up.
TEST_F(Registry, PublishedDirectivesCarryASignedPdfThatPdfsigVerifies) {
    const std::string signer = "Nguyễn Văn A"; // publishTo's signer
    registry->stop();
    const QString signing = QString::fromStdString(registry->dataDir() + "/signing");
    const auto pki = runTool(QStringLiteral(ECABINET_SOURCE_DIR "/deploy/pki/ecabinet-test-pki"),
                             {signing, QString::fromStdString(signer), QStringLiteral("Tỉnh ủy Sơn Hà")});
    ASSERT_EQ(pki.code, 0) << pki.out;
    std::ofstream(registry->dataDir() + "/signing/place") << "Sơn Hà\n";
    registry->start();

    auto office = desk();
    office.signIn("vanthu", kPassword);
    // Tried: a signer with no certificate in the database.
    auto stranger = publishTo({"u01", "u02"}, "không có chứng thư", {{"u01", "2099-01-31"}});
    stranger.mutable_publish_directive()->set_signer_name("Trần Thị Không");
    const auto refused = office.call(stranger);
    ASSERT_TRUE(refused.has_error()) << "published with a signer who has no certificate";
    EXPECT_EQ(refused.error().code(), wire::ERROR_INVALID_DIRECTIVE);
    EXPECT_NE(refused.error().message().find("Trần Thị Không"), std::string::npos) << refused.error().message();

    const auto published = office.call(publishTo({"u01", "u02"}, "ký số văn bản", {{"u01", "2099-01-31"}}));
    ASSERT_TRUE(published.has_directive_published()) << published.error().message();
    const auto &pub = published.directive_published();
    EXPECT_EQ(domain::parseDirectiveNumber(pub.number())->sequence, 1u) << "the refused publication used up a number";
    ASSERT_FALSE(pub.pdf_sha256().empty());

    const std::string pdf = fetchPdf(office, pub.directive_id());
    ASSERT_EQ(pdf.rfind("%PDF-", 0), 0u);
    QTemporaryDir tmp;
    const std::string path = tmp.filePath(QStringLiteral("signed.pdf")).toStdString();
    std::ofstream(path, std::ios::binary) << pdf;
    const QString nss = QStringLiteral("sql:") + signing + QStringLiteral("/nssdb");
    const auto sig = runTool(QStringLiteral("pdfsig"), {QStringLiteral("-nssdir"), nss, QString::fromStdString(path)});
    EXPECT_NE(sig.out.find("Signature is Valid."), std::string::npos) << sig.out;
    EXPECT_NE(sig.out.find(signer), std::string::npos) << sig.out;
    const auto text = runTool(QStringLiteral("pdftotext"), {QString::fromStdString(path), QStringLiteral("-")});
    EXPECT_NE(text.out.find(pub.number()), std::string::npos) << text.out;
    EXPECT_NE(text.out.find("Sơn Hà, ngày"), std::string::npos) << text.out;
    EXPECT_NE(text.out.find("Đơn vị 01"), std::string::npos) << "the task's lead unit by name: " << text.out;

    // A recipient gets the same bytes; a unit it was not sent to gets nothing.
    auto u01 = desk();
    u01.signIn("u01", kPassword);
    EXPECT_EQ(fetchPdf(u01, pub.directive_id()), pdf);
    auto u03 = desk();
    u03.signIn("u03", kPassword);
    wire::Error error;
    EXPECT_TRUE(fetchPdf(u03, pub.directive_id(), &error).empty());
    EXPECT_EQ(error.code(), wire::ERROR_NOT_FOUND);

    // Tampering tried: one byte inside the first signed range changed (the /Creator key).
    std::string tampered = pdf;
    const auto at = tampered.find("/Creator");
    ASSERT_NE(at, std::string::npos);
    tampered[at + 1] = tampered[at + 1] == 'C' ? 'K' : 'C';
    const std::string bad = tmp.filePath(QStringLiteral("tampered.pdf")).toStdString();
    std::ofstream(bad, std::ios::binary) << tampered;
    const auto badSig = runTool(QStringLiteral("pdfsig"), {QStringLiteral("-nssdir"), nss, QString::fromStdString(bad)});
    EXPECT_EQ(badSig.out.find("Signature is Valid."), std::string::npos) << badSig.out;
    EXPECT_TRUE(badSig.out.find("Signature is Invalid") != std::string::npos ||
                badSig.out.find("Digest Mismatch") != std::string::npos)
        << badSig.out;
}
