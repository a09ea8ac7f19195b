#include "agent/CloneSync.h"

#include <algorithm>

namespace ecabinet::client {

void CloneSync::beginResync() {
    buffering_ = true;
    buffer_.clear();
}

CloneSync::Verdict CloneSync::onEvent(const EventPtr &env) {
    if (buffering_) {
        if (buffer_.size() >= kMaxBuffered) buffer_.pop_front();
        buffer_.push_back(env);
        return Verdict::Buffered;
    }
    const auto &ev = env->event();
    if (!hasState_ || ev.meeting_id() != meetingId_) return Verdict::Gap; // the hub serves another meeting
    if (ev.seq() <= seq_) return Verdict::Ignore;
    if (ev.seq() != seq_ + 1) return Verdict::Gap;
    seq_ = ev.seq();
    return Verdict::Apply;
}

CloneSync::Verdict CloneSync::onHeartbeat(const wire::Heartbeat &hb) const {
    if (buffering_) return Verdict::Ignore;
    if (!hasState_ || hb.meeting_id() != meetingId_ || hb.seq() > seq_) return Verdict::Gap;
    return Verdict::Ignore;
}

void CloneSync::onNoMeeting() {
    buffering_ = false;
    buffer_.clear();
    hasState_ = true;
    seq_ = 0;
    meetingId_.clear();
}

CloneSync::Replay CloneSync::onSnapshot(const wire::Snapshot &snapshot) {
    Replay r;
    hasState_ = true;
    buffering_ = false;
    seq_ = snapshot.seq();
    meetingId_ = snapshot.meeting_id();
    std::vector<EventPtr> buffered(buffer_.begin(), buffer_.end());
    buffer_.clear();
    std::stable_sort(buffered.begin(), buffered.end(),
                     [](const EventPtr &a, const EventPtr &b) { return a->event().seq() < b->event().seq(); });
    for (const auto &env : buffered) {
        const auto &ev = env->event();
        if (ev.meeting_id() != meetingId_) {
            r.gap = true; // the meeting changed while we were asking
            break;
        }
        if (ev.seq() <= seq_) continue;
        if (ev.seq() != seq_ + 1) {
            r.gap = true;
            break;
        }
        seq_ = ev.seq();
        r.apply.push_back(env);
    }
    return r;
}

} // namespace ecabinet::client
