#include "registry/RegistryService.h"

#include "registry/RegistryHandlers.h"
#include "registry/RegistrySchema.h"

#include "protocol/Codec.h"
#include "protocol/Version.h"
#include "service/MeetingService.h" // Clock

#include <google/protobuf/io/coded_stream.h>
#include <google/protobuf/io/zero_copy_stream_impl_lite.h>

#include <sodium.h>

#include <array>
#include <stdexcept>

namespace ecabinet::hub::registry {

namespace {

std::string hex(const unsigned char *p, std::size_t n) {
    std::string out(n * 2, '0');
    static const char *digits = "0123456789abcdef";
    for (std::size_t i = 0; i < n; ++i) {
        out[2 * i] = digits[p[i] >> 4];
        out[2 * i + 1] = digits[p[i] & 15];
    }
    return out;
}

std::string sha256Hex(const std::string &bytes) {
    std::array<unsigned char, crypto_hash_sha256_BYTES> h{};
    crypto_hash_sha256(h.data(), reinterpret_cast<const unsigned char *>(bytes.data()), bytes.size());
    return hex(h.data(), h.size());
}

std::string deterministic(const google::protobuf::Message &m) {
    std::string out;
    google::protobuf::io::StringOutputStream stream(&out);
    google::protobuf::io::CodedOutputStream coded(&stream);
    coded.SetSerializationDeterministic(true);
    m.SerializeToCodedStream(&coded);
    coded.Trim();
    return out;
}

wire::RegistryEnvelope errorEnvelope(std::uint64_t rid, wire::ErrorCode code, const std::string &message,
                                     const std::string &refusal = {}) {
    wire::RegistryEnvelope e;
    e.set_major(protocol::kMajor);
    e.set_minor(protocol::kMinor);
    e.set_request_id(rid);
    auto *err = e.mutable_error();
    err->set_code(code);
    err->set_message(message);
    if (!refusal.empty()) err->set_refusal(refusal);
    return e;
}

bool changesState(const wire::RegistryEnvelope &r) {
    switch (r.body_case()) {
    case wire::RegistryEnvelope::kPublishDirective:
    case wire::RegistryEnvelope::kAssignTask:
    case wire::RegistryEnvelope::kTaskStep:
    case wire::RegistryEnvelope::kHandOff: return true;
    default: return false;
    }
}

} // namespace

std::string hashPassword(const std::string &password) {
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, password.data(), password.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        throw std::runtime_error("crypto_pwhash_str failed (out of memory)");
    return out;
}

RegistryService::RegistryService(RegistryDb &db, const Clock &clock, RegistryConfig config)
    : db_(db), clock_(clock), config_(std::move(config)) {
    if (sodium_init() < 0) throw std::runtime_error("libsodium failed to initialise");
    if (config_.filesDir.empty()) throw std::invalid_argument("RegistryConfig.filesDir is required");
    std::filesystem::create_directories(config_.filesDir);
    migrateRegistry(db_, clock_.nowMs());
}

RegistryService::~RegistryService() = default;

std::int64_t RegistryService::nowMs() const { return clock_.nowMs(); }

std::string RegistryService::admitKey(const std::string &key) {
    const QVariant hub = db_.scalar(QStringLiteral("SELECT name FROM hubs WHERE public_key = ?"), {q(key)});
    if (hub.isValid() && !hub.isNull()) return "hub:" + s(hub);
    return "desk:" + key;
}

void RegistryService::addUnit(const UnitSpec &u) {
    RegistryDb::Transaction tx(db_);
    db_.exec(QStringLiteral("INSERT INTO units(id, name, kind, issuer_code) VALUES(?, ?, ?, ?)"),
             {q(u.id), q(u.name), u.office ? QStringLiteral("office") : QStringLiteral("unit"), q(u.issuerCode)});
    tx.commit();
}

void RegistryService::addAccount(const AccountSpec &a) {
    const std::string hash = a.passwordHash.empty() ? hashPassword(a.password) : a.passwordHash;
    RegistryDb::Transaction tx(db_);
    db_.exec(QStringLiteral("INSERT INTO accounts(id, display_name, unit_id, role, password_hash, created_ms) "
                            "VALUES(?, ?, ?, ?, ?, ?)"),
             {q(a.id), q(a.displayName), q(a.unitId), a.dispatch ? QStringLiteral("dispatch") : QStringLiteral("unit"),
              q(hash), i64(nowMs())});
    tx.commit();
}

void RegistryService::addHub(const std::string &name, const std::string &key) {
    RegistryDb::Transaction tx(db_);
    db_.exec(QStringLiteral("INSERT INTO hubs(name, public_key, added_ms) VALUES(?, ?, ?) "
                            "ON CONFLICT(name) DO UPDATE SET public_key = excluded.public_key"),
             {q(name), q(key), i64(nowMs())});
    tx.commit();
}

wire::HandOffResult RegistryService::importConclusions(const std::string &hubId,
                                                       const std::vector<wire::ConclusionHandoff> &list) {
    wire::HandOffResult result;
    RegistryDb::Transaction tx(db_);
    for (const auto &h : list) {
        // The hub's name comes from its key, not from the message.
        const std::string id = hubId + "/" + h.conclusion_id();
        auto qy = db_.exec(
            QStringLiteral("INSERT INTO conclusions(id, hub_id, conclusion_id, meeting_id, meeting_title, meeting_date, "
                           "item_number, item_title, text, approved_by, approved_at_ms, received_ms) "
                           "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(hub_id, conclusion_id) DO NOTHING"),
            {q(id), q(hubId), q(h.conclusion_id()), q(h.meeting_id()), q(h.meeting_title()), q(h.meeting_date()),
             q(h.item_number()), q(h.item_title()), q(h.text()), q(h.approved_by()), i64(h.approved_at_ms()),
             i64(nowMs())});
        if (qy.numRowsAffected() > 0)
            result.set_imported(result.imported() + 1);
        else
            result.set_duplicates(result.duplicates() + 1);
    }
    tx.commit();
    return result;
}

namespace {

// Signs in; throws Refusal.
wire::SignedIn signIn(RegistryDb &db, const RegistryConfig &cfg, std::int64_t now, const std::string &client,
                      const wire::SignIn &r) {
    RegistryDb::Transaction tx(db);
    auto row = db.query(QStringLiteral("SELECT a.password_hash, a.failed, a.locked_until_ms, a.display_name, a.role, "
                                       "a.unit_id, u.name FROM accounts a JOIN units u ON u.id = a.unit_id WHERE a.id = ?"),
                        {q(r.account())});
    if (!row.next()) {
        // Same answer as a wrong password: the account list is not probed this way.
        Refusal wrong(wire::ERROR_WRONG_PASSWORD, "wrong account name or password");
        throw wrong;
    }
    const std::string hash = s(row.value(0));
    const int failed = row.value(1).toInt();
    const std::int64_t lockedUntil = row.value(2).toLongLong();
    wire::SignedIn out;
    auto *acc = out.mutable_account();
    acc->set_id(r.account());
    acc->set_display_name(s(row.value(3)));
    acc->set_role(s(row.value(4)) == "dispatch" ? wire::ACCOUNT_ROLE_DISPATCH : wire::ACCOUNT_ROLE_UNIT);
    acc->set_unit_id(s(row.value(5)));
    acc->set_unit_name(s(row.value(6)));
    row.finish();
    if (now < lockedUntil) {
        Refusal locked(wire::ERROR_LOCKED_OUT, "too many wrong passwords: the account is locked for a while");
        locked.refusal = std::to_string(lockedUntil - now);
        throw locked;
    }
    if (crypto_pwhash_str_verify(hash.c_str(), r.password().data(), r.password().size()) != 0) {
        const int nowFailed = failed + 1;
        const bool lock = nowFailed >= static_cast<int>(cfg.maxWrongPasswords);
        db.exec(QStringLiteral("UPDATE accounts SET failed = ?, locked_until_ms = ? WHERE id = ?"),
                {lock ? 0 : nowFailed, i64(lock ? now + cfg.lockoutMs : 0), q(r.account())});
        tx.commit(); // the failure counts even though the request fails
        Refusal wrong(wire::ERROR_WRONG_PASSWORD, "wrong account name or password");
        wrong.refusal = "attempts_left:" + std::to_string(lock ? 0 : cfg.maxWrongPasswords - nowFailed);
        throw wrong;
    }
    std::array<unsigned char, 32> raw{};
    randombytes_buf(raw.data(), raw.size());
    const std::string token = hex(raw.data(), raw.size());
    const std::string keyPart = client.rfind("desk:", 0) == 0 ? client.substr(5) : client;
    db.exec(QStringLiteral("UPDATE accounts SET failed = 0, locked_until_ms = 0 WHERE id = ?"), {q(r.account())});
    db.exec(QStringLiteral("DELETE FROM sessions WHERE expires_ms < ?"), {i64(now)});
    db.exec(QStringLiteral("INSERT INTO sessions(token_hash, account_id, client_key, created_ms, expires_ms) VALUES(?, ?, ?, ?, ?)"),
            {q(sha256Hex(token)), q(r.account()), q(keyPart), i64(now), i64(now + cfg.sessionMs)});
    tx.commit();
    out.set_session(token);
    out.set_expires_at_ms(now + cfg.sessionMs);
    return out;
}

std::optional<Caller> sessionCaller(RegistryDb &db, std::int64_t now, const std::string &client, const std::string &token) {
    if (token.empty()) return std::nullopt;
    const std::string keyPart = client.rfind("desk:", 0) == 0 ? client.substr(5) : client;
    auto row = db.query(QStringLiteral("SELECT a.id, a.display_name, a.unit_id, u.name, a.role FROM sessions x "
                                       "JOIN accounts a ON a.id = x.account_id JOIN units u ON u.id = a.unit_id "
                                       "WHERE x.token_hash = ? AND x.client_key = ? AND x.expires_ms > ?"),
                        {q(sha256Hex(token)), q(keyPart), i64(now)});
    if (!row.next()) return std::nullopt;
    Caller c;
    c.client = client;
    c.accountId = s(row.value(0));
    c.displayName = s(row.value(1));
    c.unitId = s(row.value(2));
    c.unitName = s(row.value(3));
    c.dispatch = s(row.value(4)) == "dispatch";
    return c;
}

} // namespace

void requireDispatch(const Ctx &c, const char *what) {
    if (!c.caller.dispatch)
        throw Refusal(wire::ERROR_PERMISSION_DENIED, std::string("only the dispatch office may ") + what);
}

wire::RegistryEnvelope RegistryService::handle(const std::string &client, const wire::RegistryEnvelope &request) {
    const std::uint64_t rid = request.request_id();
    if (rid == 0) return errorEnvelope(0, wire::ERROR_MALFORMED, "request_id must be > 0");
    if (request.major() != protocol::kMajor)
        return errorEnvelope(rid, wire::ERROR_INCOMPATIBLE_VERSION,
                             "registry speaks protocol " + std::to_string(protocol::kMajor) + "." +
                                 std::to_string(protocol::kMinor) + ", the request " +
                                 std::to_string(request.major()) + "." + std::to_string(request.minor()));
    wire::RegistryEnvelope out;
    out.set_major(protocol::kMajor);
    out.set_minor(protocol::kMinor);
    out.set_request_id(rid);
    const std::int64_t now = nowMs();
    try {
        switch (request.body_case()) {
        case wire::RegistryEnvelope::kHello: {
            auto *w = out.mutable_welcome();
            w->set_registry_version(std::string("ecabinet-registry ") + protocol::kVersionString);
            w->set_registry_id(config_.registryId);
            w->set_server_time_ms(now);
            w->set_issuer_zone(domain::formatOffset(config_.issuerZone));
            w->set_attachment_chunk_size(256 * 1024);
            w->set_max_attachment_bytes(64ULL << 20);
            return out;
        }
        case wire::RegistryEnvelope::kSignIn:
            *out.mutable_signed_in() = signIn(db_, config_, now, client, request.sign_in());
            return out;
        case wire::RegistryEnvelope::kHandOff: {
            if (client.rfind("hub:", 0) != 0)
                return errorEnvelope(rid, wire::ERROR_PERMISSION_DENIED, "only a registered hub may hand off conclusions");
            if (request.hand_off().conclusions_size() > 100)
                return errorEnvelope(rid, wire::ERROR_LIMIT_EXCEEDED, "at most 100 conclusions per hand-off");
            for (const auto &h : request.hand_off().conclusions())
                if (h.conclusion_id().empty() || h.text().empty())
                    return errorEnvelope(rid, wire::ERROR_MALFORMED, "a hand-off needs conclusion_id and text");
            const std::vector<wire::ConclusionHandoff> list(request.hand_off().conclusions().begin(),
                                                            request.hand_off().conclusions().end());
            *out.mutable_hand_off_result() = importConclusions(client.substr(4), list);
            return out;
        }
        case wire::RegistryEnvelope::BODY_NOT_SET:
            return errorEnvelope(rid, wire::ERROR_NOT_A_REQUEST, "empty request");
        default: break;
        }

        auto caller = sessionCaller(db_, now, client, request.session());
        if (!caller) return errorEnvelope(rid, wire::ERROR_NOT_SIGNED_IN, "sign in first (no valid session for this connection)");
        Ctx c{db_, config_, now, *caller, *this};

        // Idempotency for state-changing requests: (client, request_id) → stored reply.
        std::string requestHash;
        if (changesState(request)) {
            wire::RegistryEnvelope key = request;
            key.clear_request_id();
            key.clear_major();
            key.clear_minor();
            key.clear_session();
            requestHash = sha256Hex(caller->accountId + '\0' + deterministic(key));
            auto stored = db_.query(QStringLiteral("SELECT request_hash, reply FROM replies WHERE client = ? AND request_id = ?"),
                                    {q(client), i64(static_cast<std::int64_t>(rid))});
            if (stored.next()) {
                if (s(stored.value(0)) != requestHash)
                    return errorEnvelope(rid, wire::ERROR_REQUEST_ID_REUSED, "request id reused for a different request");
                wire::RegistryEnvelope replay;
                const QByteArray bytes = stored.value(1).toByteArray();
                if (replay.ParseFromArray(bytes.constData(), static_cast<int>(bytes.size()))) return replay;
                return errorEnvelope(rid, wire::ERROR_INTERNAL, "stored reply unreadable");
            }
        }

        const bool write = changesState(request) || request.body_case() == wire::RegistryEnvelope::kGetDirective ||
                           request.body_case() == wire::RegistryEnvelope::kPutAttachment ||
                           request.body_case() == wire::RegistryEnvelope::kSignOut;
        std::optional<RegistryDb::Transaction> tx;
        if (write) tx.emplace(db_);
        switch (request.body_case()) {
        case wire::RegistryEnvelope::kSignOut:
            db_.exec(QStringLiteral("DELETE FROM sessions WHERE token_hash = ?"), {q(sha256Hex(request.session()))});
            out.mutable_ack();
            break;
        case wire::RegistryEnvelope::kListUnits: {
            auto rows = db_.query(QStringLiteral("SELECT id, name, kind, issuer_code FROM units ORDER BY name, id"));
            auto *list = out.mutable_unit_list();
            while (rows.next()) {
                auto *u = list->add_units();
                u->set_id(s(rows.value(0)));
                u->set_name(s(rows.value(1)));
                u->set_kind(s(rows.value(2)) == "office" ? wire::UNIT_KIND_OFFICE : wire::UNIT_KIND_UNIT);
                u->set_issuer_code(s(rows.value(3)));
            }
            break;
        }
        case wire::RegistryEnvelope::kListConclusions: listConclusions(c, request.list_conclusions(), out); break;
        case wire::RegistryEnvelope::kListDirectives: listDirectives(c, request.list_directives(), out); break;
        case wire::RegistryEnvelope::kGetDirective: getDirective(c, request.get_directive(), out); break;
        case wire::RegistryEnvelope::kGetDirectivePdf: getDirectivePdf(c, request.get_directive_pdf(), out); break;
        case wire::RegistryEnvelope::kPublishDirective: publishDirective(c, request.publish_directive(), out); break;
        case wire::RegistryEnvelope::kAssignTask: assignTask(c, request.assign_task(), out); break;
        case wire::RegistryEnvelope::kListTasks: listTasks(c, request.list_tasks(), out); break;
        case wire::RegistryEnvelope::kGetTask: getTask(c, request.get_task(), out); break;
        case wire::RegistryEnvelope::kTaskStep: taskStep(c, request.task_step(), out); break;
        case wire::RegistryEnvelope::kPutAttachment: putAttachment(c, request.put_attachment(), out); break;
        case wire::RegistryEnvelope::kGetAttachment: getAttachment(c, request.get_attachment(), out); break;
        case wire::RegistryEnvelope::kGetStatistics: getStatistics(c, request.get_statistics(), out); break;
        case wire::RegistryEnvelope::kListReminders: listReminders(c, request.list_reminders(), out); break;
        case wire::RegistryEnvelope::kExportRequest: exportFile(c, request.export_request(), out); break;
        default: return errorEnvelope(rid, wire::ERROR_NOT_A_REQUEST, "not a registry request: " + request.GetTypeName());
        }
        if (!requestHash.empty())
            db_.exec(QStringLiteral("INSERT INTO replies(client, request_id, request_hash, reply, time_ms) VALUES(?, ?, ?, ?, ?)"),
                     {q(client), i64(static_cast<std::int64_t>(rid)), q(requestHash),
                      QByteArray::fromStdString(deterministic(out)), i64(now)});
        if (tx) tx->commit();
        return out;
    } catch (const Refusal &r) {
        auto e = errorEnvelope(rid, r.code, r.message);
        if (r.code == wire::ERROR_TRANSITION_REFUSED) e.mutable_error()->set_refusal(r.refusal);
        if (r.code == wire::ERROR_WRONG_PASSWORD && r.refusal.rfind("attempts_left:", 0) == 0)
            e.mutable_error()->set_attempts_left(static_cast<std::uint32_t>(std::stoul(r.refusal.substr(14))));
        if (r.code == wire::ERROR_LOCKED_OUT && !r.refusal.empty())
            e.mutable_error()->set_retry_after_ms(std::stoull(r.refusal));
        return e;
    } catch (const RegistryDbError &e) {
        if (db_.inTransaction()) db_.rollback();
        return errorEnvelope(rid, wire::ERROR_INTERNAL, std::string("registry storage failed; nothing was changed: ") + e.what());
    }
}

} // namespace ecabinet::hub::registry
