// What a tablet's document cache forgets, and when a tablet wipes itself. Pure rules: the
// tablet lists its cache files and its last contact with the hub, and acts on the answer.
//
// Eviction: a blob that the current pack lists is never evicted. Any other blob whose last
// use (the last time a meeting's pack listed it) is older than `maxAgeMs` goes; then, while
// the cache is larger than `maxBytes`, the least recently used of the rest go, oldest first
// (ties: the larger first, then by name, so the choice is the same on every run).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace ecabinet::domain {

struct CachedBlob {
    std::string sha256;
    std::uint64_t size = 0;
    std::int64_t lastUsedMs = 0; // Unix ms when a meeting's pack last listed it
    bool inCurrentPack = false;  // listed by the meeting now: never evicted
};

struct CachePolicy {
    std::uint64_t maxBytes = 0; // 0 = no size limit
    std::int64_t maxAgeMs = 0;  // 0 = no age limit
};

// The blobs to delete (their sha256), in the order chosen.
std::vector<std::string> chooseEvictions(std::vector<CachedBlob> blobs, const CachePolicy &policy, std::int64_t nowMs);

// A tablet that has not reached its hub for longer than `maxOfflineMs` wipes its documents and
// annotations at start (a lost or stolen tablet forgets the meeting). 0 = never. A tablet that
// never reached a hub (lastContactMs 0) has nothing from one to wipe.
bool offlineTooLong(std::int64_t lastContactMs, std::int64_t nowMs, std::int64_t maxOfflineMs);

} // namespace ecabinet::domain
