// The bench's data: units, 1,600 accounts with sessions bound to the bench's CURVE key, and
// 1,000 directives × 50 recipients × 5 tasks per recipient (250,000 tasks) with receipts and
// task states spread like a working year. Written straight into the registry's schema (the
// registry's own code made the schema: RegistryService migrated it).
#pragma once

#include "registry/RegistryDb.h"

#include <cstdint>
#include <string>
#include <vector>

namespace ecabinet::bench {

struct DatasetSize {
    int directives = 1000;
    int units = 50;
    int tasksPerRecipient = 5;
    int users = 1600;
};

struct Sessions {
    std::string dispatchToken;
    std::vector<std::string> userTokens; // one per user, in unit order
};

// Loads the dataset into an empty (migrated) registry database; returns the session tokens.
Sessions loadDataset(hub::registry::RegistryDb &db, const DatasetSize &size, const std::string &clientKey,
                     std::int64_t nowMs);

} // namespace ecabinet::bench
