#include "domain/Deadline.h"

#include <cstdio>

namespace ecabinet::domain {

bool Deadline::valid() const {
    if (!date.valid() || !zone.valid()) return false;
    return !minuteOfDay || (*minuteOfDay >= 0 && *minuteOfDay < 24 * 60);
}

std::int64_t Deadline::dueAtMs() const {
    if (!minuteOfDay) return endOfLocalDayMs(date, zone);
    return startOfLocalDayMs(date, zone) + std::int64_t{*minuteOfDay} * kMsPerMinute;
}

Result<Deadline, std::string> parseDeadline(std::string_view text, UtcOffset zone) {
    if (!zone.valid()) return fail(std::string("the deadline's zone is beyond ±14:00"));
    const std::string bad = "bad deadline '" + std::string(text) + "' (expected YYYY-MM-DD or YYYY-MM-DD HH:MM)";
    if (text.size() != 10 && text.size() != 16) return fail(bad);
    auto date = parseDate(text.substr(0, 10));
    if (!date) return fail(date.error());
    if (text.size() == 10) return Deadline::endOf(*date, zone);
    if (text[10] != ' ' || text[13] != ':') return fail(bad);
    int v[2];
    for (int k = 0; k < 2; ++k) {
        const char a = text[11 + 3 * k], b = text[12 + 3 * k];
        if (a < '0' || a > '9' || b < '0' || b > '9') return fail(bad);
        v[k] = (a - '0') * 10 + (b - '0');
    }
    if (v[0] > 23 || v[1] > 59) return fail("no such time of day in '" + std::string(text) + "'");
    return Deadline::at(*date, v[0], v[1], zone);
}

std::string formatDeadline(const Deadline &d) {
    std::string s = formatDate(d.date);
    if (d.minuteOfDay) {
        char buf[16];
        std::snprintf(buf, sizeof buf, " %02d:%02d", static_cast<int>(*d.minuteOfDay / 60),
                      static_cast<int>(*d.minuteOfDay % 60));
        s += buf;
    }
    return s;
}

} // namespace ecabinet::domain
