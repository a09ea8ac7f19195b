// Report attachments and directive PDFs: files stored by content (SHA-256) under filesDir,
// uploaded in ordered chunks to a partial file, verified, then renamed into place.
#include "registry/RegistryHandlers.h"

#include <sodium.h>

#include <array>
#include <fstream>

namespace ecabinet::hub::registry {

namespace fs = std::filesystem;

namespace {

constexpr std::uint32_t kChunk = 256 * 1024;
constexpr std::uint64_t kMaxFile = 64ULL << 20;

bool isSha(const std::string &h) {
    return h.size() == 64 && h.find_first_not_of("0123456789abcdef") == std::string::npos;
}

std::string hashFile(const fs::path &p) {
    crypto_hash_sha256_state st;
    crypto_hash_sha256_init(&st);
    std::ifstream in(p, std::ios::binary);
    std::array<char, 65536> buf{};
    while (in) {
        in.read(buf.data(), buf.size());
        crypto_hash_sha256_update(&st, reinterpret_cast<const unsigned char *>(buf.data()), static_cast<unsigned long long>(in.gcount()));
    }
    std::array<unsigned char, 32> out{};
    crypto_hash_sha256_final(&st, out.data());
    static const char *d = "0123456789abcdef";
    std::string hex;
    for (auto b : out) {
        hex += d[b >> 4];
        hex += d[b & 15];
    }
    return hex;
}

void recordFile(Ctx &c, const std::string &sha, std::uint64_t size) {
    c.db.exec(QStringLiteral("INSERT INTO attachments(sha256, size, stored_ms) VALUES(?, ?, ?) ON CONFLICT(sha256) DO NOTHING"),
              {q(sha), i64(static_cast<std::int64_t>(size)), i64(c.now)});
}

} // namespace

fs::path filePath(const RegistryConfig &config, const std::string &sha) {
    return config.filesDir / sha.substr(0, 2) / sha;
}

std::string storeFile(Ctx &c, const std::string &bytes) {
    std::array<unsigned char, 32> h{};
    crypto_hash_sha256(h.data(), reinterpret_cast<const unsigned char *>(bytes.data()), bytes.size());
    static const char *d = "0123456789abcdef";
    std::string sha;
    for (auto b : h) {
        sha += d[b >> 4];
        sha += d[b & 15];
    }
    const fs::path path = filePath(c.config, sha);
    if (!fs::exists(path)) {
        fs::create_directories(path.parent_path());
        const fs::path tmp = path.string() + ".tmp";
        {
            std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
            out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
            out.flush();
            if (!out) throw RegistryDbError("cannot write " + tmp.string());
        }
        fs::rename(tmp, path);
    }
    recordFile(c, sha, bytes.size());
    return sha;
}

void putAttachment(Ctx &c, const wire::PutAttachment &r, wire::RegistryEnvelope &out) {
    const std::string sha = r.sha256();
    auto refuse = [](const std::string &why) { throw Refusal(wire::ERROR_ATTACHMENT, why); };
    if (!isSha(sha)) refuse("sha256 must be 64 lowercase hex digits");
    if (r.total_size() > kMaxFile) refuse("the file is larger than 64 MiB");
    if (r.data().size() > kChunk) refuse("a chunk holds at most 262144 bytes");
    auto *p = out.mutable_attachment_progress();
    p->set_sha256(sha);
    const fs::path final = filePath(c.config, sha);
    if (fs::exists(final) && c.db.scalar(QStringLiteral("SELECT count(*) FROM attachments WHERE sha256 = ?"), {q(sha)}).toInt() > 0) {
        p->set_received(r.total_size());
        p->set_complete(true);
        return;
    }
    fs::create_directories(final.parent_path());
    const fs::path part = final.string() + ".part";
    std::error_code ec;
    const std::uint64_t have = fs::exists(part) ? fs::file_size(part, ec) : 0;
    if (r.offset() != have) {
        if (r.data().empty()) { // "where am I?" after a reconnect
            p->set_received(have);
            return;
        }
        refuse("chunk at offset " + std::to_string(r.offset()) + " but " + std::to_string(have) + " bytes are held; send from there");
    }
    if (have + r.data().size() > r.total_size()) {
        fs::remove(part, ec);
        refuse("more bytes than total_size; the partial upload was dropped");
    }
    {
        std::ofstream outFile(part, std::ios::binary | std::ios::app);
        outFile.write(r.data().data(), static_cast<std::streamsize>(r.data().size()));
        outFile.flush();
        if (!outFile) throw RegistryDbError("cannot write " + part.string());
    }
    const std::uint64_t now = have + r.data().size();
    p->set_received(now);
    if (now < r.total_size()) return;
    if (hashFile(part) != sha) {
        fs::remove(part, ec);
        refuse("the uploaded bytes do not match sha256 " + sha + "; upload again");
    }
    fs::rename(part, final);
    recordFile(c, sha, now);
    p->set_complete(true);
}

void readChunk(const RegistryConfig &config, const std::string &sha, std::uint64_t offset, std::uint32_t length,
               wire::AttachmentData &out) {
    if (length == 0 || length > kChunk) throw Refusal(wire::ERROR_LIMIT_EXCEEDED, "length must be 1..262144");
    const fs::path path = filePath(config, sha);
    std::error_code ec;
    const auto size = fs::file_size(path, ec);
    if (ec) throw Refusal(wire::ERROR_NOT_FOUND, "file " + sha + " is not stored");
    if (offset > size) throw Refusal(wire::ERROR_LIMIT_EXCEEDED, "offset past the end of the file");
    std::ifstream in(path, std::ios::binary);
    in.seekg(static_cast<std::streamoff>(offset));
    std::string data(std::min<std::uint64_t>(length, size - offset), '\0');
    in.read(data.data(), static_cast<std::streamsize>(data.size()));
    out.set_sha256(sha);
    out.set_offset(offset);
    out.set_total_size(size);
    out.set_data(std::move(data));
}

void getAttachment(Ctx &c, const wire::GetAttachment &r, wire::RegistryEnvelope &out) {
    // Visible when a log entry of a task the caller may see cites it.
    QString sql = QStringLiteral("SELECT count(*) FROM log_attachments a WHERE a.sha256 = ?");
    QVariantList b{q(r.sha256())};
    if (!c.caller.dispatch) {
        sql += QStringLiteral(" AND EXISTS (SELECT 1 FROM task_units v WHERE v.task_id = a.task_id AND v.unit_id = ?)");
        b << q(c.caller.unitId);
    }
    if (c.db.scalar(sql, b).toInt() == 0) throw Refusal(wire::ERROR_NOT_FOUND, "no attachment " + r.sha256());
    readChunk(c.config, r.sha256(), r.offset(), r.length(), *out.mutable_attachment_data());
}

} // namespace ecabinet::hub::registry
