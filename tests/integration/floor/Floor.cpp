#include "Floor.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <fstream>

namespace ecabinet::testing::floor {

namespace msg {
wire::Envelope preparePoll(const wire::PollDefinition &d) {
    auto env = protocol::envelope();
    *env.mutable_prepare_poll()->mutable_definition() = d;
    return env;
}
wire::Envelope openPoll(const std::string &pollId) {
    auto env = protocol::envelope();
    env.mutable_open_poll()->set_poll_id(pollId);
    return env;
}
wire::Envelope castBallot(const std::string &pollId, std::vector<std::uint32_t> selection,
                          const std::string &onBehalfOf) {
    auto env = protocol::envelope();
    auto *b = env.mutable_cast_ballot();
    b->set_poll_id(pollId);
    for (auto i : selection) b->add_selection(i);
    b->set_on_behalf_of(onBehalfOf);
    return env;
}
wire::Envelope closePoll(const std::string &pollId) {
    auto env = protocol::envelope();
    env.mutable_close_poll()->set_poll_id(pollId);
    return env;
}
wire::Envelope publishPoll(const std::string &pollId) {
    auto env = protocol::envelope();
    env.mutable_publish_poll()->set_poll_id(pollId);
    return env;
}
wire::Envelope cancelPoll(const std::string &pollId, bool rerun) {
    auto env = protocol::envelope();
    env.mutable_cancel_poll()->set_poll_id(pollId);
    env.mutable_cancel_poll()->set_rerun(rerun);
    return env;
}
wire::Envelope declareProxy(const std::string &pollId, const std::string &holder, const std::string &principal) {
    auto env = protocol::envelope();
    env.mutable_declare_proxy()->set_poll_id(pollId);
    env.mutable_declare_proxy()->set_holder(holder);
    env.mutable_declare_proxy()->set_principal(principal);
    return env;
}
wire::Envelope requestFloor(bool pointOfOrder, const std::string &name) {
    auto env = protocol::envelope();
    env.mutable_request_floor()->set_point_of_order(pointOfOrder);
    env.mutable_request_floor()->set_name(name);
    return env;
}
wire::Envelope withdrawFloor(const std::string &personId, const std::string &name) {
    auto env = protocol::envelope();
    env.mutable_withdraw_floor()->set_person_id(personId);
    env.mutable_withdraw_floor()->set_name(name);
    return env;
}
wire::Envelope grantFloor(const std::string &personId, const std::string &name) {
    auto env = protocol::envelope();
    env.mutable_grant_floor()->set_person_id(personId);
    env.mutable_grant_floor()->set_name(name);
    return env;
}
wire::Envelope nextSpeaker() {
    auto env = protocol::envelope();
    env.mutable_next_speaker();
    return env;
}
wire::Envelope endSpeech() {
    auto env = protocol::envelope();
    env.mutable_end_speech();
    return env;
}
wire::Envelope setSpeakingTime(std::int64_t ms) {
    auto env = protocol::envelope();
    env.mutable_set_speaking_time()->set_time_limit_ms(ms);
    return env;
}
} // namespace msg

wire::PollDefinition motion(const std::string &question, wire::PollMode mode, std::uint32_t num, std::uint32_t den,
                            wire::Comparison cmp, wire::MajorityBase base) {
    wire::PollDefinition d;
    d.set_question(question);
    d.set_kind(wire::POLL_KIND_YES_NO_ABSTAIN);
    d.set_mode(mode);
    auto *m = d.mutable_majority();
    if (num == 0) m->set_simple(true);
    else {
        m->set_num(num);
        m->set_den(den);
        m->set_comparison(cmp);
    }
    m->set_base(base);
    return d;
}

std::string BigMeeting::voterId(int i) {
    char b[16];
    std::snprintf(b, sizeof b, "v%03d", i + 1);
    return b;
}
std::string BigMeeting::voterPin(int i) { return std::to_string(5000 + i); }
std::string BigMeeting::deviceName(int i) {
    char b[16];
    std::snprintf(b, sizeof b, "tab-%03d", i + 1);
    return b;
}
std::string BigMeeting::voterName(int i) {
    static const char *const family[] = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi"};
    static const char *const given[] = {"Văn Hưng", "Thị Thủy", "Đức Anh", "Ngọc Ánh", "Quốc Bảo", "Thị Huệ"};
    return std::string(family[i % 8]) + " " + given[(i / 8) % 6] + " " + std::to_string(i + 1);
}

std::string BigMeeting::json(int voters) {
    using nlohmann::json;
    json members = json::array({{{"id", kChairId}, {"name", "Nguyễn Văn An"}, {"role", "chair"}, {"pin", kChairPin}}});
    json seats = json::array();
    for (int i = 0; i < voters; ++i) {
        members.push_back({{"id", voterId(i)}, {"name", voterName(i)}, {"role", "delegate"}, {"pin", voterPin(i)}});
        char seat[16];
        std::snprintf(seat, sizeof seat, "s%03d", i + 1);
        seats.push_back({{"id", seat}, {"device", deviceName(i)}});
    }
    json agenda = json::array({{{"id", "i1"}, {"title", "Biểu quyết thông qua nghị quyết"}}});
    return json{{"id", "hdnd-2026-11-23"},
                {"title", "Kỳ họp HĐND tỉnh"},
                {"starts_at", "2026-11-23T08:00:00+07:00"},
                {"members", members},
                {"seats", seats},
                {"agenda", agenda}}
        .dump();
}

std::vector<KeyPair> enrolBatch(HubProcess &hub, const std::vector<std::string> &names, const std::string &kind) {
    std::vector<KeyPair> keys;
    const auto file = hub.root() / ("devices-" + std::to_string(names.size()) + "-" + kind + ".txt");
    {
        std::ofstream out(file);
        for (const auto &n : names) {
            keys.push_back(KeyPair::generate());
            out << n << ' ' << kind << ' ' << keys.back().publicZ85 << ' ' << keyFingerprint(keys.back().publicZ85)
                << '\n';
        }
    }
    const auto r = hub.ctl({"device", "add-batch", file.string()});
    if (!r.ok()) ADD_FAILURE() << "device add-batch failed (exit " << r.exitCode << "):\n" << r.out << r.err;
    return keys;
}

VoterSwarm::VoterSwarm(const HubProcess &hub, const std::vector<KeyPair> &keys) : ctx_(1) {
    ctx_.set(zmq::ctxopt::max_sockets, 4096);
    const auto endpoint = hub.endpoint(hub.ports().command);
    const auto hubKey = hub.hubPublicKey();
    for (const auto &k : keys) {
        zmq::socket_t s(ctx_, zmq::socket_type::dealer);
        s.set(zmq::sockopt::curve_serverkey, hubKey);
        s.set(zmq::sockopt::curve_publickey, k.publicZ85);
        s.set(zmq::sockopt::curve_secretkey, k.secretZ85);
        s.set(zmq::sockopt::linger, 0);
        s.set(zmq::sockopt::reconnect_ivl, 50);
        s.set(zmq::sockopt::reconnect_ivl_max, 500);
        s.connect(endpoint);
        sockets_.push_back(std::move(s));
    }
}

VoterSwarm::~VoterSwarm() = default;

bool VoterSwarm::send(std::size_t i, const wire::Envelope &env) {
    const std::string bytes = protocol::encode(env);
    return sockets_.at(i).send(zmq::buffer(bytes), zmq::send_flags::dontwait).has_value();
}

bool VoterSwarm::pump(const OnReply &onReply, const std::function<bool()> &done, std::chrono::milliseconds timeout) {
    std::vector<zmq_pollitem_t> items;
    for (auto &s : sockets_) items.push_back({s.handle(), 0, ZMQ_POLLIN, 0});
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (!done()) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
        if (left.count() <= 0) return false;
        const int rc = zmq_poll(items.data(), static_cast<int>(items.size()), static_cast<long>(std::min<long long>(left.count(), 100)));
        if (rc < 0) throw zmq::error_t();
        for (std::size_t i = 0; i < items.size(); ++i) {
            if (!(items[i].revents & ZMQ_POLLIN)) continue;
            zmq::message_t m;
            while (sockets_[i].recv(m, zmq::recv_flags::dontwait)) {
                const std::string bytes(static_cast<const char *>(m.data()), m.size());
                wire::Envelope env;
                if (!env.ParseFromString(bytes)) {
                    ADD_FAILURE() << "tablet " << i << " got an undecodable reply of " << bytes.size() << " bytes";
                    continue;
                }
                onReply(i, env, bytes);
            }
        }
    }
    return true;
}

std::string describe(const std::optional<wire::Envelope> &e) { return e ? e->ShortDebugString() : "(no message)"; }

} // namespace ecabinet::testing::floor
