#include "protocol/Codec.h"

#include <google/protobuf/descriptor.h>
#include <google/protobuf/io/coded_stream.h>
#include <google/protobuf/reflection.h>

namespace ecabinet::protocol {

using google::protobuf::FieldDescriptor;
using google::protobuf::Message;

namespace {

// Reads field 3 (request_id, varint) from a frame that may not fully parse,
// so that even a malformed request can be answered by id when possible.
std::uint64_t peekRequestId(const void *data, std::size_t size) {
    google::protobuf::io::CodedInputStream in(static_cast<const std::uint8_t *>(data),
                                              static_cast<int>(size));
    while (true) {
        const std::uint32_t tag = in.ReadTag();
        if (tag == 0) return 0;
        const auto field = tag >> 3;
        const auto type = tag & 7;
        if (field == 3 && type == 0) {
            std::uint64_t v = 0;
            return in.ReadVarint64(&v) ? v : 0;
        }
        if (field > 3) return 0; // fields are written in order; id not present
        if (type == 0) {
            std::uint64_t skip;
            if (!in.ReadVarint64(&skip)) return 0;
        } else {
            return 0;
        }
    }
}

} // namespace

std::string checkLimits(const Message &msg, const Limits &limits) {
    const auto *desc = msg.GetDescriptor();
    const auto *refl = msg.GetReflection();
    for (int i = 0; i < desc->field_count(); ++i) {
        const FieldDescriptor *f = desc->field(i);
        if (f->is_repeated()) {
            const int n = refl->FieldSize(msg, f);
            if (static_cast<std::size_t>(n) > limits.maxListLength)
                return "list '" + f->name() + "' has " + std::to_string(n) + " entries (limit " +
                       std::to_string(limits.maxListLength) + ")";
            for (int j = 0; j < n; ++j) {
                if (f->cpp_type() == FieldDescriptor::CPPTYPE_MESSAGE) {
                    auto err = checkLimits(refl->GetRepeatedMessage(msg, f, j), limits);
                    if (!err.empty()) return err;
                } else if (f->type() == FieldDescriptor::TYPE_STRING) {
                    std::string scratch;
                    const auto &s = refl->GetRepeatedStringReference(msg, f, j, &scratch);
                    if (s.size() > limits.maxStringBytes)
                        return "string in '" + f->name() + "' is " + std::to_string(s.size()) +
                               " bytes (limit " + std::to_string(limits.maxStringBytes) + ")";
                }
            }
            continue;
        }
        if (!refl->HasField(msg, f)) continue;
        if (f->cpp_type() == FieldDescriptor::CPPTYPE_MESSAGE) {
            auto err = checkLimits(refl->GetMessage(msg, f), limits);
            if (!err.empty()) return err;
        } else if (f->type() == FieldDescriptor::TYPE_STRING) {
            std::string scratch;
            const auto &s = refl->GetStringReference(msg, f, &scratch);
            if (s.size() > limits.maxStringBytes)
                return "string '" + f->name() + "' is " + std::to_string(s.size()) +
                       " bytes (limit " + std::to_string(limits.maxStringBytes) + ")";
        }
    }
    return {};
}

Result<wire::Envelope, DecodeFailure> decode(const void *data, std::size_t size,
                                             const Limits &limits) {
    if (size == 0)
        return fail(DecodeFailure{wire::ERROR_MALFORMED, "empty frame", 0});
    if (size > limits.maxRequestBytes)
        return fail(DecodeFailure{wire::ERROR_TOO_LARGE,
                                  "frame of " + std::to_string(size) + " bytes exceeds the limit of " +
                                      std::to_string(limits.maxRequestBytes),
                                  peekRequestId(data, size)});
    wire::Envelope env;
    if (!env.ParseFromArray(data, static_cast<int>(size)))
        return fail(DecodeFailure{wire::ERROR_MALFORMED, "frame is not a valid Envelope",
                                  peekRequestId(data, size)});
    if (env.major() != kMajor)
        return fail(DecodeFailure{wire::ERROR_INCOMPATIBLE_VERSION,
                                  "protocol version " + std::to_string(env.major()) + "." +
                                      std::to_string(env.minor()) + " is not supported; this hub speaks " +
                                      std::to_string(kMajor) + "." + std::to_string(kMinor) +
                                      " (update the client)",
                                  env.request_id()});
    if (auto err = checkLimits(env, limits); !err.empty())
        return fail(DecodeFailure{wire::ERROR_LIMIT_EXCEEDED, err, env.request_id()});
    return env;
}

Result<wire::Envelope, DecodeFailure> decode(std::span<const std::byte> frame, const Limits &limits) {
    return decode(frame.data(), frame.size(), limits);
}

std::string encode(wire::Envelope env) {
    env.set_major(kMajor);
    env.set_minor(kMinor);
    std::string out;
    env.SerializeToString(&out);
    return out;
}

wire::Envelope envelope(std::uint64_t requestId) {
    wire::Envelope env;
    env.set_major(kMajor);
    env.set_minor(kMinor);
    env.set_request_id(requestId);
    return env;
}

namespace {
void appendVarint(std::string &out, std::uint64_t v) {
    while (v >= 0x80) {
        out.push_back(static_cast<char>((v & 0x7f) | 0x80));
        v >>= 7;
    }
    out.push_back(static_cast<char>(v));
}
// Key of a length-delimited field (wire type 2).
void appendBytesKey(std::string &out, int field) { appendVarint(out, (static_cast<std::uint64_t>(field) << 3) | 2); }
} // namespace

std::string chunkFramePrefix(std::uint64_t requestId, const std::string &sha256, std::uint64_t offset,
                             std::uint64_t totalSize, std::size_t dataLength) {
    wire::Chunk head;
    head.set_sha256(sha256);
    head.set_offset(offset);
    head.set_total_size(totalSize);
    std::string chunk = head.SerializeAsString(); // fields 1-3; data (4) follows
    appendBytesKey(chunk, wire::Chunk::kDataFieldNumber);
    appendVarint(chunk, dataLength);
    std::string out = envelope(requestId).SerializeAsString(); // major, minor, request_id
    appendBytesKey(out, wire::Envelope::kChunkFieldNumber);
    appendVarint(out, chunk.size() + dataLength);
    out += chunk;
    return out;
}

wire::Envelope errorReply(std::uint64_t requestId, wire::ErrorCode code, std::string message) {
    auto env = envelope(requestId);
    auto *e = env.mutable_error();
    e->set_code(code);
    e->set_message(std::move(message));
    return env;
}

bool isCommandRequest(const wire::Envelope &env) {
    switch (env.body_case()) {
    case wire::Envelope::kHello:
    case wire::Envelope::kSnapshotRequest:
    case wire::Envelope::kCheckIn:
    case wire::Envelope::kCheckOut:
    case wire::Envelope::kOpenMeeting:
    case wire::Envelope::kCloseMeeting:
    case wire::Envelope::kGotoAgendaItem:
    case wire::Envelope::kPing:
    case wire::Envelope::kPreparePoll:
    case wire::Envelope::kOpenPoll:
    case wire::Envelope::kCastBallot:
    case wire::Envelope::kClosePoll:
    case wire::Envelope::kPublishPoll:
    case wire::Envelope::kCancelPoll:
    case wire::Envelope::kDeclareProxy:
    case wire::Envelope::kRequestFloor:
    case wire::Envelope::kWithdrawFloor:
    case wire::Envelope::kGrantFloor:
    case wire::Envelope::kNextSpeaker:
    case wire::Envelope::kEndSpeech:
    case wire::Envelope::kSetSpeakingTime:
    case wire::Envelope::kDraftConclusion:
    case wire::Envelope::kEditConclusion:
    case wire::Envelope::kWithdrawConclusion:
    case wire::Envelope::kApproveConclusion:
    case wire::Envelope::kConclusionsRequest:
    case wire::Envelope::kMinutesRequest:
    case wire::Envelope::kAddDocument:
    case wire::Envelope::kWipeDone:
    case wire::Envelope::kPresentPage:
    case wire::Envelope::kStopPresenting:
    case wire::Envelope::kSetPresentingRight:
        return true;
    default:
        return false;
    }
}

std::string bodyName(const wire::Envelope &env) {
    const auto *oneof = wire::Envelope::descriptor()->FindOneofByName("body");
    const auto *f = wire::Envelope::GetReflection()->GetOneofFieldDescriptor(env, oneof);
    return f ? f->name() : std::string("(empty)");
}

const char *errorCodeName(wire::ErrorCode code) {
    const auto &name = wire::ErrorCode_Name(code);
    return name.empty() ? "ERROR_UNKNOWN" : name.c_str();
}

} // namespace ecabinet::protocol
