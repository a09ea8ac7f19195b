// Helpers for the meeting-floor integration tests (polls, ballots, speakers):
// request builders, a large meeting, bulk enrolment through `ecabinetctl device
// add-batch`, and VoterSwarm: many CURVE DEALERs (one per tablet) on one zmq
// context, driven by one thread with zmq_poll — 300 headless tablets without
// 300 threads.
#pragma once

#include "protocol/Codec.h"
#include "support/HubProcess.h"
#include "support/RawClient.h"

#include <zmq.hpp>

#include <chrono>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace ecabinet::testing::floor {

namespace msg {
wire::Envelope preparePoll(const wire::PollDefinition &d);
wire::Envelope openPoll(const std::string &pollId);
wire::Envelope castBallot(const std::string &pollId, std::vector<std::uint32_t> selection,
                          const std::string &onBehalfOf = "");
wire::Envelope closePoll(const std::string &pollId);
wire::Envelope publishPoll(const std::string &pollId);
wire::Envelope cancelPoll(const std::string &pollId, bool rerun);
wire::Envelope declareProxy(const std::string &pollId, const std::string &holder, const std::string &principal);
wire::Envelope requestFloor(bool pointOfOrder = false, const std::string &name = "");
wire::Envelope withdrawFloor(const std::string &personId = "", const std::string &name = "");
wire::Envelope grantFloor(const std::string &personId, const std::string &name = "");
wire::Envelope nextSpeaker();
wire::Envelope endSpeech();
wire::Envelope setSpeakingTime(std::int64_t ms);
} // namespace msg

// yes/no/abstain with rule p/q (0/0 = simple), base, optional quorum p/q "at least".
wire::PollDefinition motion(const std::string &question, wire::PollMode mode, std::uint32_t num = 0,
                            std::uint32_t den = 0, wire::Comparison cmp = wire::COMPARISON_UNSPECIFIED,
                            wire::MajorityBase base = wire::MAJORITY_BASE_CAST);

// A meeting with a chair (at console "console-chair", PIN 1111) and `voters` delegates
// v001.. (PIN 5000+i, seat s001.. on device "tab-001"..), names in Vietnamese.
struct BigMeeting {
    static std::string json(int voters);
    static std::string voterId(int i);    // i from 0
    static std::string voterPin(int i);
    static std::string deviceName(int i);
    static std::string voterName(int i);
};
inline const std::string kChairId = "p-chair", kChairPin = "1111", kChairDevice = "console-chair";

// Makes key pairs for `names` and enrols them all with one `ecabinetctl device add-batch`.
std::vector<KeyPair> enrolBatch(HubProcess &hub, const std::vector<std::string> &names, const std::string &kind);

class VoterSwarm {
public:
    VoterSwarm(const HubProcess &hub, const std::vector<KeyPair> &keys);
    ~VoterSwarm();
    std::size_t size() const { return sockets_.size(); }
    // Sends on tablet i (request_id must be set). False if the socket refused it.
    bool send(std::size_t i, const wire::Envelope &env);
    using OnReply = std::function<void(std::size_t tablet, const wire::Envelope &reply, const std::string &bytes)>;
    // Receives replies until done() or timeout; false on timeout.
    bool pump(const OnReply &onReply, const std::function<bool()> &done, std::chrono::milliseconds timeout);

private:
    zmq::context_t ctx_;
    std::vector<zmq::socket_t> sockets_;
};

std::string describe(const std::optional<wire::Envelope> &e);

} // namespace ecabinet::testing::floor
