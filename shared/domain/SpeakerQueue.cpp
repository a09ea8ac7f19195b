#include "domain/SpeakerQueue.h"

#include <algorithm>

namespace ecabinet::domain {

using Reason = SpeakerRefusal::Reason;

namespace {

std::string label(const Speaker &s) { return s.personId.empty() ? s.name : s.personId; }

SpeakerRefusal invalidSpeaker() {
    return {Reason::InvalidSpeaker, "a speaker needs a person id or, without a tablet, a name"};
}

} // namespace

bool Speaker::sameAs(const Speaker &o) const {
    // Members are the same person by id whatever name is shown; unnamed speakers by name.
    if (!personId.empty() || !o.personId.empty()) return personId == o.personId;
    return name == o.name;
}

SpeakerQueue::SpeakerQueue(std::int64_t timeLimitMs) : limitMs_(timeLimitMs < 0 ? 0 : timeLimitMs) {}

std::size_t SpeakerQueue::insertionPoint(RequestKind kind) const {
    if (kind == RequestKind::Speak) return queue_.size();
    // Behind the points of order already waiting, ahead of every ordinary request.
    auto it = std::find_if(queue_.begin(), queue_.end(),
                           [](const QueueEntry &e) { return e.kind == RequestKind::Speak; });
    return static_cast<std::size_t>(it - queue_.begin());
}

std::optional<std::size_t> SpeakerQueue::position(const Speaker &who) const {
    for (std::size_t i = 0; i < queue_.size(); ++i)
        if (queue_[i].speaker.sameAs(who)) return i;
    return std::nullopt;
}

Result<RequestOutcome, SpeakerRefusal> SpeakerQueue::request(const Speaker &who, RequestKind kind,
                                                             std::int64_t nowMs) {
    if (!who.valid()) return fail(invalidSpeaker());
    if (current_ && current_->speaker.sameAs(who))
        return fail(SpeakerRefusal{Reason::AlreadySpeaking, label(who) + " has the floor already"});
    if (auto at = position(who)) {
        const bool upgrade = kind == RequestKind::PointOfOrder && queue_[*at].kind == RequestKind::Speak;
        if (!upgrade) return RequestOutcome{false, *at};
        QueueEntry entry = queue_[*at];
        queue_.erase(queue_.begin() + static_cast<std::ptrdiff_t>(*at));
        entry.kind = RequestKind::PointOfOrder;
        entry.requestedAtMs = nowMs; // its place among points of order is from now
        const auto to = insertionPoint(RequestKind::PointOfOrder);
        queue_.insert(queue_.begin() + static_cast<std::ptrdiff_t>(to), std::move(entry));
        return RequestOutcome{true, to};
    }
    const auto to = insertionPoint(kind);
    queue_.insert(queue_.begin() + static_cast<std::ptrdiff_t>(to), QueueEntry{who, kind, nowMs});
    return RequestOutcome{true, to};
}

Status<SpeakerRefusal> SpeakerQueue::withdraw(const Speaker &who) {
    if (!who.valid()) return fail(invalidSpeaker());
    auto at = position(who);
    if (!at) return fail(SpeakerRefusal{Reason::NotInQueue, label(who) + " is not waiting to speak"});
    queue_.erase(queue_.begin() + static_cast<std::ptrdiff_t>(*at));
    return {};
}

Result<FloorChange, SpeakerRefusal> SpeakerQueue::grant(const Speaker &who, std::int64_t nowMs) {
    if (!who.valid()) return fail(invalidSpeaker());
    if (current_ && current_->speaker.sameAs(who))
        return fail(SpeakerRefusal{Reason::AlreadySpeaking, label(who) + " has the floor already"});
    RequestKind kind = RequestKind::Speak;
    Speaker speaker = who;
    if (auto at = position(who)) {
        kind = queue_[*at].kind;
        // Keep the name the queue knew if the chair's command carried only the id.
        if (speaker.name.empty()) speaker.name = queue_[*at].speaker.name;
        queue_.erase(queue_.begin() + static_cast<std::ptrdiff_t>(*at));
    }
    FloorChange change{current_, CurrentSpeech{std::move(speaker), kind, nowMs}};
    current_ = change.current;
    return change;
}

Result<FloorChange, SpeakerRefusal> SpeakerQueue::next(std::int64_t nowMs) {
    if (queue_.empty()) return fail(SpeakerRefusal{Reason::QueueEmpty, "nobody is waiting to speak"});
    QueueEntry head = std::move(queue_.front());
    queue_.erase(queue_.begin());
    FloorChange change{current_, CurrentSpeech{std::move(head.speaker), head.kind, nowMs}};
    current_ = change.current;
    return change;
}

Result<CurrentSpeech, SpeakerRefusal> SpeakerQueue::finish() {
    if (!current_) return fail(SpeakerRefusal{Reason::NobodySpeaking, "nobody has the floor"});
    CurrentSpeech ended = std::move(*current_);
    current_.reset();
    return ended;
}

Status<SpeakerRefusal> SpeakerQueue::setTimeLimit(std::int64_t timeLimitMs) {
    if (timeLimitMs < 0)
        return fail(SpeakerRefusal{Reason::InvalidLimit, "a speaking time limit cannot be negative"});
    limitMs_ = timeLimitMs;
    return {};
}

Status<SpeakerRefusal> SpeakerQueue::clearForItem(std::int64_t timeLimitMs) {
    if (auto set = setTimeLimit(timeLimitMs); !set) return set;
    queue_.clear();
    current_.reset();
    return {};
}

std::int64_t SpeakerQueue::elapsedMs(std::int64_t nowMs) const {
    if (!current_ || nowMs < current_->startedAtMs) return 0;
    return nowMs - current_->startedAtMs;
}

std::optional<std::int64_t> SpeakerQueue::remainingMs(std::int64_t nowMs) const {
    if (!current_ || limitMs_ == 0) return std::nullopt;
    return limitMs_ - elapsedMs(nowMs);
}

bool SpeakerQueue::overrun(std::int64_t nowMs) const {
    auto left = remainingMs(nowMs);
    return left && *left < 0;
}

} // namespace ecabinet::domain
