#include "store/Replies.h"

#include "store/Store.h"

namespace ecabinet::hub {

std::optional<StoredReply> ReplyLog::find(const std::string &device, std::uint64_t requestId) {
    return s_.first(QStringLiteral("SELECT request_hash, reply FROM replies WHERE device = ? AND request_id = ?"),
                     {qs(device), toSql(requestId)},
                    [&](const SqlRow &q) { return StoredReply{sb(q.value(0)), sb(q.value(1))}; });
}

void ReplyLog::put(const std::string &device, std::uint64_t requestId, const StoredReply &reply, std::int64_t nowMs) {
    s_.write(QStringLiteral("INSERT INTO replies(device, request_id, request_hash, reply, time_ms) VALUES(?,?,?,?,?)"),
            {qs(device), toSql(requestId), qb(reply.requestHash), qb(reply.reply), qint64(nowMs)});
}

} // namespace ecabinet::hub
