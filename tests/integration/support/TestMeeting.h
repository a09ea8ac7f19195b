// The standard test meeting: who is in it, their PINs, seats and documents.
// Tests refer to these names instead of repeating string literals.
//
//   p-chair (chair, PIN 1111), p-secretary (secretary, 2222),
//   p-del1..p-del3 (delegates, 3331..3333), p-guest (guest, 4444)
//   seats s1..s6 on devices seat-1..seat-6
//   agenda i1..i3, each with one PDF (d1: 2 pages, d2: 3 pages, d3: 4 pages
//   with a scanned page, > 256 KiB so it spans several chunks)
#pragma once

#include <string>
#include <vector>

namespace ecabinet::testing::standard {

inline const std::string kMeetingId = "ubnd-2026-11-23";
inline const std::string kChair = "p-chair", kChairPin = "1111";
inline const std::string kSecretary = "p-secretary", kSecretaryPin = "2222";
inline const std::string kDelegate1 = "p-del1", kDelegate1Pin = "3331";
inline const std::string kDelegate2 = "p-del2", kDelegate2Pin = "3332";
inline const std::string kDelegate3 = "p-del3", kDelegate3Pin = "3333";
inline const std::string kGuest = "p-guest", kGuestPin = "4444";

// Device enrolled for seat sN is "seat-N" (N = 1..6).
std::string seatDevice(int n);
std::string seatId(int n);

struct TestDocument {
    std::string id;       // "d1"
    std::string title;
    std::string file;     // relative to the meeting file: "docs/d1.pdf"
    int pages = 1;
    bool withScan = false;
};
const std::vector<TestDocument> &documents();

// The meeting file (JSON text, format in docs/ARCHITECTURE.md).
std::string meetingJson();

} // namespace ecabinet::testing::standard
