// Shared set-up for the hub's integration tests: a real hub with the standard
// meeting imported, and helpers to enrol, connect and check in seat devices.
#pragma once

#include "protocol/Codec.h"
#include "protocol/Limits.h"
#include "support/HubProcess.h"
#include "support/RawClient.h"
#include "support/TestMeeting.h"

#include <gtest/gtest.h>

namespace ecabinet::testing {

class HubTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(hub.importStandardMeeting().ok());
        hub.start();
    }

    // Enrols seat-N and connects a RawClient with its key.
    RawClient connectSeat(int n) { return RawClient(hub, hub.enrolDevice(standard::seatDevice(n), "seat")); }

    // Check-in that must succeed; returns the CheckInResult's seq.
    std::uint64_t checkIn(RawClient &client, const std::string &person, const std::string &pin) {
        const auto r = client.request(msg::checkIn(person, pin));
        EXPECT_TRUE(r && r->has_check_in_result()) << "check-in of " << person << " failed: "
                                                   << (r ? r->ShortDebugString() : "no reply");
        return r && r->has_check_in_result() ? r->check_in_result().seq() : 0;
    }

    // The chair checked in at seat-1 and the meeting opened.
    RawClient openMeetingAsChair() {
        auto chair = connectSeat(1);
        checkIn(chair, standard::kChair, standard::kChairPin);
        const auto opened = chair.request(msg::openMeeting());
        EXPECT_TRUE(opened && opened->has_ack()) << (opened ? opened->ShortDebugString() : "no reply");
        return chair;
    }

    static std::string describe(const std::optional<wire::Envelope> &e) {
        return e ? e->ShortDebugString() : std::string("(no message)");
    }

    HubProcess hub;
};

} // namespace ecabinet::testing
