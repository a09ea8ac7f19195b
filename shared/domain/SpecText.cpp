// Text rules of the meeting file that nlohmann_json does not check for us:
// ISO 8601 times with an offset, and UTF-8 validity (for strings built elsewhere).
#include "domain/MeetingSpec.h"

#include <cctype>

namespace ecabinet::domain {

namespace {

constexpr const char *kExample = "e.g. 2026-11-23T08:00:00+07:00";

// Reads exactly `n` ASCII digits at `pos`; nullopt if any is not a digit.
std::optional<int> digits(std::string_view s, std::size_t pos, std::size_t n) {
    if (pos + n > s.size()) return std::nullopt;
    int v = 0;
    for (std::size_t i = pos; i < pos + n; ++i) {
        if (s[i] < '0' || s[i] > '9') return std::nullopt;
        v = v * 10 + (s[i] - '0');
    }
    return v;
}

bool isLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int daysInMonth(int y, int m) {
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && isLeap(y) ? 29 : days[m - 1];
}

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
std::int64_t daysFromCivil(int y, int m, int d) {
    y -= m <= 2 ? 1 : 0;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const std::int64_t yoe = y - era * 400;
    const std::int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

} // namespace

Result<std::int64_t, std::string> parseIsoTimestamp(std::string_view s) {
    const auto bad = [](std::string why) { return fail(std::move(why)); };
    const auto year = digits(s, 0, 4), month = digits(s, 5, 2), day = digits(s, 8, 2);
    const auto hour = digits(s, 11, 2), minute = digits(s, 14, 2), second = digits(s, 17, 2);
    if (s.size() < 19 || !year || s[4] != '-' || !month || s[7] != '-' || !day || s[10] != 'T' || !hour ||
        s[13] != ':' || !minute || s[16] != ':' || !second)
        return bad(std::string("must be an ISO 8601 time YYYY-MM-DDTHH:MM:SS with an offset, ") + kExample);
    if (*month < 1 || *month > 12) return bad("month " + std::to_string(*month) + " does not exist");
    if (*day < 1 || *day > daysInMonth(*year, *month))
        return bad("day " + std::to_string(*day) + " does not exist in " + std::string(s.substr(0, 7)));
    if (*hour > 23 || *minute > 59 || *second > 59)
        return bad("time of day " + std::string(s.substr(11, 8)) + " does not exist");

    std::size_t pos = 19;
    std::int64_t millis = 0;
    if (pos < s.size() && s[pos] == '.') {
        std::size_t n = 0;
        for (++pos; pos < s.size() && std::isdigit(static_cast<unsigned char>(s[pos])); ++pos, ++n)
            if (n < 3) millis = millis * 10 + (s[pos] - '0');
        if (n == 0) return bad("a '.' must be followed by fractional seconds");
        for (; n < 3; ++n) millis *= 10;
    }
    std::int64_t offsetMinutes = 0;
    if (pos < s.size() && s[pos] == 'Z') {
        ++pos;
    } else if (pos < s.size() && (s[pos] == '+' || s[pos] == '-')) {
        const auto oh = digits(s, pos + 1, 2), om = digits(s, pos + 4, 2);
        if (!oh || pos + 3 >= s.size() || s[pos + 3] != ':' || !om)
            return bad(std::string("the offset must be written +HH:MM or -HH:MM, ") + kExample);
        if (*oh > 23 || *om > 59) return bad("offset " + std::string(s.substr(pos, 6)) + " does not exist");
        offsetMinutes = (*oh * 60 + *om) * (s[pos] == '-' ? -1 : 1);
        pos += 6;
    } else {
        return bad(std::string("needs an offset (Z, +HH:MM or -HH:MM): local time alone is ambiguous, ") +
                   kExample);
    }
    if (pos != s.size()) return bad("unexpected text after the time: '" + std::string(s.substr(pos)) + "'");

    const std::int64_t days = daysFromCivil(*year, *month, *day);
    const std::int64_t seconds = days * 86400 + *hour * 3600 + *minute * 60 + *second - offsetMinutes * 60;
    return seconds * 1000 + millis;
}

bool isValidUtf8(std::string_view s) {
    std::size_t i = 0;
    while (i < s.size()) {
        const auto c = static_cast<unsigned char>(s[i]);
        std::size_t n = 0;
        std::uint32_t cp = 0;
        if (c < 0x80) { ++i; continue; }
        if ((c & 0xE0) == 0xC0) { n = 1; cp = c & 0x1F; }
        else if ((c & 0xF0) == 0xE0) { n = 2; cp = c & 0x0F; }
        else if ((c & 0xF8) == 0xF0) { n = 3; cp = c & 0x07; }
        else return false;
        if (i + n >= s.size()) return false; // truncated sequence
        for (std::size_t k = 1; k <= n; ++k) {
            const auto cc = static_cast<unsigned char>(s[i + k]);
            if ((cc & 0xC0) != 0x80) return false;
            cp = (cp << 6) | (cc & 0x3F);
        }
        // Overlong forms, UTF-16 surrogates and code points past U+10FFFF are not UTF-8.
        static constexpr std::uint32_t minimum[] = {0, 0x80, 0x800, 0x10000};
        if (cp < minimum[n] || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) return false;
        i += n + 1;
    }
    return true;
}

} // namespace ecabinet::domain
