// common/Sha256 (libcrypto): the published test vectors, incremental = one shot, and the same
// digest as libsodium's crypto_hash_sha256 (which the hub's older blobs were named with).
#include "common/Sha256.h"

#include <gtest/gtest.h>
#include <sodium.h>

#include <random>
#include <string>

using ecabinet::Sha256;

TEST(Sha256, FipsVectors) {
    EXPECT_EQ(Sha256::hexOf(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    EXPECT_EQ(Sha256::hexOf("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    EXPECT_EQ(Sha256::hexOf("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
              "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    EXPECT_EQ(Sha256::hexOf(std::string(1000000, 'a')),
              "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST(Sha256, PiecesGiveTheSameDigestAsOneShotAndAsLibsodium) {
    std::mt19937 rng(7);
    std::string bytes(3 * 262144 + 12345, '\0');
    for (auto &c : bytes) c = static_cast<char>(rng());
    Sha256 h;
    // Uneven pieces, as chunks and resumed .part files arrive.
    for (std::size_t at = 0, piece = 1; at < bytes.size(); at += piece, piece = piece * 7 % 300007 + 1)
        h.update(bytes.data() + at, std::min(piece, bytes.size() - at));
    const auto incremental = h.finish();
    EXPECT_EQ(incremental, Sha256::of(bytes));
    unsigned char sodium[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(sodium, reinterpret_cast<const unsigned char *>(bytes.data()), bytes.size());
    EXPECT_EQ(std::string(reinterpret_cast<const char *>(sodium), sizeof sodium),
              std::string(reinterpret_cast<const char *>(incremental.data()), incremental.size()));
}

TEST(Sha256, FinishStartsAfresh) {
    Sha256 h;
    h.update("some bytes of another document");
    h.finish();
    h.update("abc");
    EXPECT_EQ(Sha256::hex(h.finish()), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    h.update("thrown away");
    h.reset();
    EXPECT_EQ(Sha256::hex(h.finish()), Sha256::hexOf(""));
}
