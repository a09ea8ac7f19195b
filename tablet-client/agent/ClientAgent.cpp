#include "agent/ClientAgent.h"

#include "ErrorText.h"
#include "agent/AgentLoop.h"

namespace ecabinet::client {

ClientAgent::ClientAgent(DeviceConfig config, QString cacheDir, wire::ClientKind kind, QString clientName)
    : loop_(std::make_unique<Loop>(*this, std::move(config), std::move(cacheDir), kind, std::move(clientName))) {
    static const int registered = qRegisterMetaType<EnvelopePtr>();
    (void)registered;
}

ClientAgent::~ClientAgent() { stop(); }

void ClientAgent::start() { loop_->start(); }
void ClientAgent::stop() { loop_->stop(); }

std::uint64_t ClientAgent::submit(wire::Envelope request, const QString &command) {
    return loop_->submit(std::move(request), command);
}

std::uint64_t ClientAgent::bytesFetched() const { return loop_->bytesFetched.load(); }

void ClientAgent::uploadBlob(const QString &sha256, QByteArray bytes) {
    std::lock_guard lock(loop_->mutex);
    loop_->uploadInbox.emplace_back(sha256, std::move(bytes));
    loop_->wakeSend.send(zmq::message_t(), zmq::send_flags::dontwait);
}

void ClientAgent::dropNextEventsForTest(int count) {
    std::lock_guard lock(loop_->mutex);
    loop_->dropEvents = count;
}

void ClientAgent::silenceEventsForTest(std::chrono::milliseconds duration) {
    std::lock_guard lock(loop_->mutex);
    loop_->silenceUntil = std::chrono::steady_clock::now() + duration;
}

void ClientAgent::setNowForTest(qint64 unixMs) { loop_->fakeNowMs = unixMs; }

void ClientAgent::capDocumentBytesForTest(std::uint64_t bytes) {
    // Only before start(): the fetcher belongs to the agent thread afterwards.
    loop_->fetcher.capBytesForTest(bytes);
}

} // namespace ecabinet::client
