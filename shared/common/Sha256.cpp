#include "common/Sha256.h"

#include <openssl/evp.h>

#include <stdexcept>

namespace ecabinet {

namespace {
void check(int ok, const char *what) {
    if (ok != 1) throw std::runtime_error(std::string("SHA-256 (libcrypto): ") + what + " failed");
}
} // namespace

void Sha256::Free::operator()(evp_md_ctx_st *ctx) const { EVP_MD_CTX_free(ctx); }

Sha256::Sha256() : ctx_(EVP_MD_CTX_new()) {
    if (!ctx_) throw std::runtime_error("SHA-256 (libcrypto): out of memory");
    reset();
}

Sha256::~Sha256() = default;
Sha256::Sha256(Sha256 &&) noexcept = default;
Sha256 &Sha256::operator=(Sha256 &&) noexcept = default;

void Sha256::reset() { check(EVP_DigestInit_ex(ctx_.get(), EVP_sha256(), nullptr), "init"); }

void Sha256::update(const void *data, std::size_t len) {
    check(EVP_DigestUpdate(ctx_.get(), data, len), "update");
}

Sha256::Digest Sha256::finish() {
    Digest d{};
    unsigned int len = 0;
    check(EVP_DigestFinal_ex(ctx_.get(), d.data(), &len), "final");
    if (len != d.size()) throw std::runtime_error("SHA-256 (libcrypto): unexpected digest length");
    reset();
    return d;
}

Sha256::Digest Sha256::of(std::string_view bytes) {
    Sha256 h;
    h.update(bytes);
    return h.finish();
}

std::string Sha256::hex(const Digest &digest) {
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out;
    out.reserve(digest.size() * 2);
    for (unsigned char b : digest) {
        out.push_back(kHex[b >> 4]);
        out.push_back(kHex[b & 0x0f]);
    }
    return out;
}

} // namespace ecabinet
