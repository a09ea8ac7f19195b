#include "domain/CacheEviction.h"

#include <algorithm>
#include <tuple>

namespace ecabinet::domain {

std::vector<std::string> chooseEvictions(std::vector<CachedBlob> blobs, const CachePolicy &policy,
                                         std::int64_t nowMs) {
    std::vector<std::string> out;
    std::uint64_t total = 0;
    for (const auto &b : blobs) total += b.size;
    // Oldest first; equal age: the larger first (frees more), then by name (deterministic).
    std::sort(blobs.begin(), blobs.end(), [](const CachedBlob &a, const CachedBlob &b) {
        return std::make_tuple(a.lastUsedMs, -static_cast<long double>(a.size), a.sha256) <
               std::make_tuple(b.lastUsedMs, -static_cast<long double>(b.size), b.sha256);
    });
    std::vector<bool> gone(blobs.size(), false);
    for (std::size_t i = 0; i < blobs.size(); ++i) {
        const auto &b = blobs[i];
        if (b.inCurrentPack || policy.maxAgeMs <= 0) continue;
        if (nowMs - b.lastUsedMs > policy.maxAgeMs) {
            gone[i] = true;
            total -= b.size;
            out.push_back(b.sha256);
        }
    }
    if (policy.maxBytes == 0) return out;
    for (std::size_t i = 0; i < blobs.size() && total > policy.maxBytes; ++i) {
        if (gone[i] || blobs[i].inCurrentPack) continue;
        gone[i] = true;
        total -= blobs[i].size;
        out.push_back(blobs[i].sha256);
    }
    return out;
}

bool offlineTooLong(std::int64_t lastContactMs, std::int64_t nowMs, std::int64_t maxOfflineMs) {
    if (maxOfflineMs <= 0 || lastContactMs <= 0) return false;
    return nowMs - lastContactMs > maxOfflineMs;
}

} // namespace ecabinet::domain
