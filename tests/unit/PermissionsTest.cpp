// Roles and the rights matrix: every role (and nobody) against every action.
#include "domain/Permissions.h"

#include <gtest/gtest.h>

#include <set>

using namespace ecabinet::domain;
using Reason = PermissionRefusal::Reason;

TEST(Roles, EveryRoleRoundTripsThroughItsName) {
    std::set<std::string_view> names;
    for (Role r : kAllRoles) {
        auto parsed = parseRole(roleName(r));
        ASSERT_TRUE(parsed) << roleName(r);
        EXPECT_EQ(*parsed, r);
        names.insert(roleName(r));
    }
    EXPECT_EQ(names.size(), kAllRoles.size()) << "two roles share a name";
}

TEST(Roles, UnknownOrMiscasedNamesAreRefused) {
    // Bad input tried: wrong case, padding, empty, a plausible but absent role.
    for (const char *bad : {"Chair", "CHAIR", " chair", "chair ", "", "president", "delegates"})
        EXPECT_FALSE(parseRole(bad)) << "'" << bad << "'";
}

TEST(Roles, OnlyChairAndDelegateAreEntitledByDefault) {
    EXPECT_TRUE(entitledByDefault(Role::Chair));
    EXPECT_TRUE(entitledByDefault(Role::Delegate));
    EXPECT_FALSE(entitledByDefault(Role::Secretary));
    EXPECT_FALSE(entitledByDefault(Role::Guest));
    EXPECT_FALSE(entitledByDefault(Role::Observer));
}

namespace {

enum class Expect { Allow, NotCheckedIn, RoleNotAllowed };
constexpr Expect A = Expect::Allow, N = Expect::NotCheckedIn, R = Expect::RoleNotAllowed;

struct Row {
    Action action;
    // nobody, chair, secretary, delegate, guest, observer
    std::array<Expect, 6> expect;
};

// The rules of procedure, written out in full so a change to one cell shows here.
const Row kMatrix[] = {
    //                          nobody chair secr  deleg guest obs
    {Action::OpenMeeting,      {N,     A,    R,    R,    R,    R}},
    {Action::CloseMeeting,     {N,     A,    R,    R,    R,    R}},
    {Action::MoveAgenda,       {N,     A,    A,    R,    R,    R}},
    {Action::CheckIn,          {A,     A,    A,    A,    A,    A}},
    {Action::CheckOut,         {N,     A,    A,    A,    A,    A}},
    {Action::ReadDocuments,    {N,     A,    A,    A,    A,    A}},
    {Action::ViewSnapshot,     {A,     A,    A,    A,    A,    A}},
    {Action::ManagePolls,      {N,     A,    A,    R,    R,    R}},
    {Action::CastBallot,       {N,     A,    A,    A,    A,    A}}, // eligibility: Poll.h
    {Action::RequestFloor,     {N,     A,    A,    A,    A,    A}},
    {Action::ManageSpeakers,   {N,     A,    A,    R,    R,    R}},
    {Action::DraftConclusions, {N,     R,    A,    R,    R,    R}}, // the secretary keeps the record
    {Action::ApproveConclusions, {N,   A,    R,    R,    R,    R}},
    {Action::ReviewConclusions, {N,    A,    A,    R,    R,    R}},
};

const std::optional<Role> kActors[] = {std::nullopt, Role::Chair, Role::Secretary,
                                       Role::Delegate, Role::Guest, Role::Observer};

} // namespace

TEST(Permissions, MatrixCoversEveryAction) {
    std::set<Action> covered;
    for (const auto &row : kMatrix) covered.insert(row.action);
    EXPECT_EQ(covered.size(), kAllActions.size());
}

TEST(Permissions, EveryRoleTimesEveryAction) {
    for (const auto &row : kMatrix) {
        for (std::size_t a = 0; a < std::size(kActors); ++a) {
            const auto actor = kActors[a];
            SCOPED_TRACE(std::string(actionName(row.action)) + " by " +
                         (actor ? std::string(roleName(*actor)) : "nobody"));
            const auto decision = mayPerform(actor, row.action);
            switch (row.expect[a]) {
            case Expect::Allow: EXPECT_TRUE(decision.ok()) << decision.error().text; break;
            case Expect::NotCheckedIn:
                ASSERT_FALSE(decision.ok());
                EXPECT_EQ(decision.error().reason, Reason::NotCheckedIn);
                break;
            case Expect::RoleNotAllowed:
                ASSERT_FALSE(decision.ok());
                EXPECT_EQ(decision.error().reason, Reason::RoleNotAllowed);
                break;
            }
        }
    }
}

TEST(Permissions, RefusalTextNamesTheActionAndTheRole) {
    // Bad input tried: a delegate moving the agenda.
    const auto d = mayPerform(Role::Delegate, Action::MoveAgenda);
    ASSERT_FALSE(d.ok());
    EXPECT_NE(d.error().text.find("move_agenda"), std::string::npos) << d.error().text;
    EXPECT_NE(d.error().text.find("delegate"), std::string::npos) << d.error().text;
    EXPECT_NE(d.error().text.find("secretary"), std::string::npos) << d.error().text;
}

TEST(Permissions, OnlyTheSecretaryDraftsEvenTheChairIsRefused) {
    // Bad input tried: the chair drafting a conclusion (the secretary keeps the record).
    const auto d = mayPerform(Role::Chair, Action::DraftConclusions);
    ASSERT_FALSE(d.ok());
    EXPECT_EQ(d.error().reason, Reason::RoleNotAllowed);
    EXPECT_NE(d.error().text.find("only the secretary"), std::string::npos) << d.error().text;
    EXPECT_NE(d.error().text.find("you are chair"), std::string::npos) << d.error().text;
}
