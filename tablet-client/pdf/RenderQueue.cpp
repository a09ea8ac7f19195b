#include "pdf/RenderQueue.h"

namespace ecabinet::pdf {

namespace {
std::atomic<int> inFlight{0};
} // namespace

RenderQueue::RenderQueue(int threads) { pool_.setMaxThreadCount(threads); }

RenderQueue::~RenderQueue() { shutdown(); }

bool RenderQueue::start(std::function<void()> job, int priority) {
    std::lock_guard lock(mutex_);
    if (stopping()) return false;
    inFlight.fetch_add(1);
    pool_.start(
        [job = std::move(job)] {
            job();
            inFlight.fetch_sub(1);
        },
        priority);
    return true;
}

void RenderQueue::shutdown() {
    {
        std::lock_guard lock(mutex_);
        stopping_.store(true, std::memory_order_release);
    }
    // Outside the lock: a job still running may try start() (a prefetch) and is refused.
    pool_.waitForDone();
}

int RenderQueue::jobsInFlight() { return inFlight.load(); }

} // namespace ecabinet::pdf
