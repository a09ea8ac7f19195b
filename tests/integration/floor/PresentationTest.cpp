// Follow the presenter against the real hub (issue 5): who may show a page (a delegate
// without the right is refused; the chair gives the right to the speaker, and it lapses
// with the speech), every subscribed seat gets the presented page as a public event, and a
// late joiner — even after kill -9 of the hub — gets it from the snapshot.
#include "Floor.h"

#include "../hub/HubFixture.h"

namespace ecabinet::testing {

namespace {

wire::Envelope presentPage(const std::string &documentId, std::uint32_t page) {
    auto env = protocol::envelope();
    env.mutable_present_page()->set_document_id(documentId);
    env.mutable_present_page()->set_page(page);
    return env;
}

wire::Envelope stopPresenting() {
    auto env = protocol::envelope();
    env.mutable_stop_presenting();
    return env;
}

wire::Envelope presentingRight(bool granted) {
    auto env = protocol::envelope();
    env.mutable_set_presenting_right()->set_granted(granted);
    return env;
}

wire::PresentationView changedView(RawClient &c, const std::string &reason) {
    const auto e = c.waitForEvent([&](const wire::Envelope &env) {
        return env.has_event() && env.event().has_presentation_changed() &&
               env.event().presentation_changed().reason() == reason;
    });
    EXPECT_TRUE(e.has_value()) << "no PresentationChanged event with reason " << reason;
    return e ? e->event().presentation_changed().presentation() : wire::PresentationView{};
}

void expectError(const std::optional<wire::Envelope> &r, wire::ErrorCode code, const std::string &what) {
    ASSERT_TRUE(r && r->has_error()) << what << ": expected " << wire::ErrorCode_Name(code) << ", got "
                                     << floor::describe(r);
    EXPECT_EQ(r->error().code(), code) << what << ": " << r->error().message();
    EXPECT_FALSE(r->error().message().empty()) << what << ": an error needs a message";
}

void expectAck(const std::optional<wire::Envelope> &r, const std::string &what) {
    ASSERT_TRUE(r && r->has_ack()) << what << ": " << floor::describe(r);
}

} // namespace

// Bad input tried: a delegate presenting without the right, stopping without it, giving
// themselves the right; the chair presenting a document that does not exist and a page past
// the end, giving the right while nobody speaks; the former speaker presenting after the
// speech ended; the chair presenting a document with a reader list.
TEST_F(HubTest, PresenterRightsEventsAndLateJoiner) {
    const auto &d1 = standard::documents().at(0); // 2 pages
    const auto &d2 = standard::documents().at(1); // 3 pages
    auto chair = openMeetingAsChair();
    ASSERT_TRUE(chair.waitUntilSubscribed());
    auto del1 = connectSeat(2);
    checkIn(del1, standard::kDelegate1, standard::kDelegate1Pin);
    ASSERT_TRUE(del1.waitUntilSubscribed());
    auto del2 = connectSeat(3);
    checkIn(del2, standard::kDelegate2, standard::kDelegate2Pin);
    ASSERT_TRUE(del2.waitUntilSubscribed());

    expectError(del1.request(presentPage(d1.id, 0)), wire::ERROR_PERMISSION_DENIED, "a delegate without the right");
    expectError(del1.request(stopPresenting()), wire::ERROR_PERMISSION_DENIED, "a delegate stopping");
    expectError(del1.request(presentingRight(true)), wire::ERROR_PERMISSION_DENIED, "a delegate giving the right");
    expectError(chair.request(presentPage("no-such-document", 0)), wire::ERROR_NOT_FOUND, "an unknown document");
    expectError(chair.request(presentPage(d1.id, std::uint32_t(d1.pages))), wire::ERROR_NOT_FOUND,
                "a page past the end");
    expectError(chair.request(presentingRight(true)), wire::ERROR_INVALID_STATE, "the right while nobody speaks");

    // The chair shows page 3 of d2: every seat hears it.
    expectAck(chair.request(presentPage(d2.id, 2)), "the chair presents");
    for (auto *seat : {&del1, &del2}) {
        const auto v = changedView(*seat, "presented");
        EXPECT_EQ(v.document_id(), d2.id);
        EXPECT_EQ(v.page(), 2u);
        EXPECT_EQ(v.presenter_id(), standard::kChair);
    }
    const auto again = chair.request(presentPage(d2.id, 2));
    ASSERT_TRUE(again && again->has_ack());
    EXPECT_EQ(again->ack().seq(), 0u) << "showing the same page again changes nothing";

    // The chair gives the floor to delegate 1, then the presenting right.
    expectAck(del1.request(floor::msg::requestFloor()), "delegate 1 asks for the floor");
    expectAck(chair.request(floor::msg::grantFloor(standard::kDelegate1)), "the chair gives the floor");
    expectAck(chair.request(presentingRight(true)), "the chair gives the presenting right");
    EXPECT_EQ(changedView(del2, "right_granted").right_holder_id(), standard::kDelegate1);
    expectAck(del1.request(presentPage(d1.id, 1)), "the speaker with the right presents");
    const auto shown = changedView(del2, "presented");
    EXPECT_EQ(shown.document_id(), d1.id);
    EXPECT_EQ(shown.page(), 1u);
    EXPECT_EQ(shown.presenter_id(), standard::kDelegate1);
    expectError(del2.request(presentPage(d1.id, 0)), wire::ERROR_PERMISSION_DENIED,
                "another delegate while the speaker holds the right");

    // The speech ends: the right lapses with it, no revoke needed.
    expectAck(chair.request(floor::msg::endSpeech()), "the speech ends");
    expectError(del1.request(presentPage(d1.id, 0)), wire::ERROR_PERMISSION_DENIED,
                "the former speaker after the speech ended");

    // Stop, then show another page: every seat hears both.
    expectAck(chair.request(stopPresenting()), "the chair stops presenting");
    EXPECT_TRUE(changedView(del2, "stopped").document_id().empty());
    expectAck(chair.request(presentPage(d2.id, 1)), "the chair presents again");
    EXPECT_EQ(changedView(del1, "presented").page(), 1u);

    // d1 gets a reader list: it can no longer be shown to the room (the event is public).
    auto restrict = protocol::envelope();
    restrict.mutable_add_document()->set_document_id(d1.id);
    restrict.mutable_add_document()->set_access(wire::DOCUMENT_ACCESS_NAMED);
    restrict.mutable_add_document()->add_readers(standard::kDelegate1);
    restrict.mutable_add_document()->set_expected_version(1);
    expectAck(chair.request(restrict), "the chair gives d1 a reader list");
    expectError(chair.request(presentPage(d1.id, 0)), wire::ERROR_NOT_PRESENTABLE, "a document with a reader list");

    // A late joiner, after kill -9 of the hub, gets the presented page from the snapshot.
    hub.kill9();
    hub.restart();
    auto late = connectSeat(4);
    const auto snap = late.request(testing::msg::snapshot());
    ASSERT_TRUE(snap && snap->has_snapshot()) << floor::describe(snap);
    const auto &p = snap->snapshot().presentation();
    EXPECT_EQ(p.document_id(), d2.id);
    EXPECT_EQ(p.page(), 1u);
    EXPECT_EQ(p.presenter_id(), standard::kChair);
    EXPECT_EQ(p.right_holder_id(), standard::kDelegate1) << "the right as granted is kept; it is no longer live";
}

} // namespace ecabinet::testing
