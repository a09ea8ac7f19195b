// Conversions between the wire's poll messages and shared/domain/Poll (hub side).
#pragma once

#include "common/Result.h"
#include "domain/Poll.h"
#include "ecabinet.pb.h"

#include <string>

namespace ecabinet::hub {

// A request's definition as a domain spec (id given by the hub). Refuses unset enums
// and contradictions the domain cannot see (e.g. "simple" with a fraction).
Result<domain::PollSpec, std::string> specFromWire(const wire::PollDefinition &d, std::string pollId);
wire::PollDefinition toWire(const domain::PollSpec &spec);

wire::PollStatus toWire(domain::PollState s);
wire::QuorumCheck toWire(const domain::QuorumCheck &q);
wire::Tally toWire(const domain::Tally &t);
wire::NamedBallot toWire(const domain::NamedBallot &b);
// The result as the poll's mode lets everyone see it: named ballots only for open/named polls.
wire::PollResult toWire(const domain::Poll &poll, const domain::PollResult &r);

// Deterministic bytes (stored definitions and speaker state are compared and hashed).
std::string deterministic(const google::protobuf::Message &m);

} // namespace ecabinet::hub
