// The worker threads that draw PDF pages for one QML engine's image provider,
// and the rule for when drawing stops.
//
// Why not simply a QThreadPool inside the provider: Qt Quick keeps the provider
// alive for as long as any image response it handed out exists, and a response
// that finishes after the engine's pixmap reader has stopped is never deleted
// (Qt 6.4) — so the provider, and a pool inside it, can outlive the engine and
// even main(), with renders still touching the document pool and the render
// cache while the process tears them down. Instead the provider, its responses
// and the engine share this queue (std::shared_ptr), and the engine shuts it
// down when it is destroyed: from then on no job starts, a render under way is
// aborted inside Poppler, and shutdown() returns only when every job has left.
//
// Jobs get the queue as a plain reference, never a shared_ptr: the queue outlives
// its jobs by construction (the destructor waits for them), and a job holding the
// last reference would make a worker wait for itself.
#pragma once

#include <QThreadPool>

#include <atomic>
#include <functional>
#include <mutex>

namespace ecabinet::pdf {

class RenderQueue {
public:
    explicit RenderQueue(int threads);
    ~RenderQueue(); // shutdown()
    RenderQueue(const RenderQueue &) = delete;
    RenderQueue &operator=(const RenderQueue &) = delete;

    // Runs `job` on a worker (higher `priority` first) unless the queue is shut
    // down; then returns false and `job` is never called.
    bool start(std::function<void()> job, int priority);
    // No job starts from now on; jobs under way see stopping() and end early.
    // Waits until every started job has returned. Safe to call more than once.
    void shutdown();
    // True once shutdown() began: a job checks it between steps, and Poppler
    // through PageRenderer's shouldStop while it draws.
    bool stopping() const { return stopping_.load(std::memory_order_acquire); }

    // Jobs started and not yet returned, in every queue of the process: zero
    // after the last engine is gone (tests check it).
    static int jobsInFlight();

private:
    std::mutex mutex_; // start() and shutdown() agree on whether a job may still start
    std::atomic<bool> stopping_{false};
    QThreadPool pool_;
};

} // namespace ecabinet::pdf
