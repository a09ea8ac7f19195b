// What a burst of CastBallots in one group commit reads alike, read once per run of ballots
// instead of once per ballot (docs/ARCHITECTURE.md, "bench-ballots"): the current meeting,
// each open poll's row and parsed definition, each poll's ballot count, and the event chains'
// heads.
//
// Why this cannot go stale (the rule "nothing is cached" in MeetingService.cpp is about state
// that outlives a transaction; this does not):
//  * it lives only inside one batch, which holds SQLite's write lock (BEGIN IMMEDIATE), so no
//    other process or connection changes a row while it is filled;
//  * a CastBallot writes none of the rows it keeps, except the two it keeps up to date itself:
//    the ballot count (+1 per new has-voted row) and the chain heads (EventLog::useTips);
//  * MeetingService drops all of it before any request that is not a CastBallot, after any
//    request that was rolled back (its savepoint undone), and when the batch commits or fails.
#pragma once

#include "domain/Poll.h"
#include "store/EventLog.h"
#include "store/Polls.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>

namespace ecabinet::hub {

struct BallotBatch {
    struct Poll {
        PollRow row;
        domain::PollSpec spec;
        std::optional<std::uint32_t> ballotsIn; // counted once, then +1 per new ballot
    };

    std::optional<std::string> meetingId;
    std::map<std::string, Poll> polls; // by poll id, in `meetingId`
    ChainTips tips;

    void clear() {
        meetingId.reset();
        polls.clear();
        tips.clear();
    }
};

} // namespace ecabinet::hub
