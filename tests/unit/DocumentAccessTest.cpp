// Who may see and read a document, and what a new version changed (DocumentAccess.h).
#include "domain/DocumentAccess.h"

#include <gtest/gtest.h>

using namespace ecabinet::domain;

namespace {
const Reader kNobody{"", std::nullopt};
Reader as(const std::string &id, Role role) { return {id, role}; }
} // namespace

TEST(DocumentAccess, NamesRoundTripAndUnknownIsRefused) {
    for (auto a : {DocumentAccess::Meeting, DocumentAccess::Named, DocumentAccess::Confidential})
        EXPECT_EQ(parseAccess(accessName(a)), a);
    EXPECT_FALSE(parseAccess("Confidential")); // exact, lower-case
    EXPECT_FALSE(parseAccess("secret"));
    EXPECT_FALSE(parseAccess(""));
}

TEST(DocumentAccess, MeetingDocumentsAreReadByEveryCheckedInMemberOnly) {
    const AccessList all{DocumentAccess::Meeting, {}};
    for (auto role : kAllRoles) {
        EXPECT_TRUE(mayRead(all, as("p", role))) << roleName(role);
        EXPECT_TRUE(mayList(all, as("p", role))) << roleName(role);
    }
    EXPECT_FALSE(mayRead(all, kNobody)) << "bytes need a check-in";
    EXPECT_TRUE(mayList(all, kNobody)) << "the seat lists the meeting's own pack before check-in";
}

TEST(DocumentAccess, RestrictedDocumentsAreReadByTheirReadersOnly) {
    for (auto access : {DocumentAccess::Named, DocumentAccess::Confidential}) {
        const AccessList list{access, {"p-del1", "p-guest"}};
        EXPECT_TRUE(mayRead(list, as("p-del1", Role::Delegate)));
        EXPECT_TRUE(mayRead(list, as("p-guest", Role::Guest)));
        EXPECT_FALSE(mayRead(list, as("p-del2", Role::Delegate)));
        // Chair and secretary manage the pack: they see it listed, but read it only when named.
        EXPECT_FALSE(mayRead(list, as("p-chair", Role::Chair)));
        EXPECT_FALSE(mayRead(list, as("p-sec", Role::Secretary)));
        EXPECT_TRUE(mayList(list, as("p-chair", Role::Chair)));
        EXPECT_TRUE(mayList(list, as("p-sec", Role::Secretary)));
        // A delegate not on the list must not even learn that it exists.
        for (auto role : {Role::Delegate, Role::Guest, Role::Observer})
            EXPECT_FALSE(mayList(list, as("p-other", role))) << roleName(role);
        EXPECT_FALSE(mayList(list, kNobody));
        // A person id without a check-in (no role) reads nothing, even when on the list.
        EXPECT_FALSE(mayRead(list, Reader{"p-del1", std::nullopt}));
    }
    const AccessList chairToo{DocumentAccess::Confidential, {"p-chair"}};
    EXPECT_TRUE(mayRead(chairToo, as("p-chair", Role::Chair)));
    EXPECT_FALSE(mayRead(chairToo, as("p-sec", Role::Secretary)));
}

TEST(DocumentAccess, OnlyChairAndSecretaryManageDocuments) {
    EXPECT_TRUE(mayManageDocuments(Role::Chair));
    EXPECT_TRUE(mayManageDocuments(Role::Secretary));
    for (auto role : {Role::Delegate, Role::Guest, Role::Observer}) EXPECT_FALSE(mayManageDocuments(role));
    EXPECT_FALSE(mayManageDocuments(std::nullopt));
}

TEST(DocumentAccess, OnlyConfidentialStaysOffDisk) {
    EXPECT_TRUE(keepOnDisk(DocumentAccess::Meeting));
    EXPECT_TRUE(keepOnDisk(DocumentAccess::Named));
    EXPECT_FALSE(keepOnDisk(DocumentAccess::Confidential));
}

TEST(DocumentAccess, AccessListsAreValidated) {
    const std::vector<std::string> members = {"a", "b", "c"};
    EXPECT_TRUE(validateAccessList({DocumentAccess::Meeting, {}}, members));
    EXPECT_TRUE(validateAccessList({DocumentAccess::Named, {"a"}}, members));
    EXPECT_TRUE(validateAccessList({DocumentAccess::Confidential, {"a", "c"}}, members));
    // Bad input, each refused with its reason.
    const auto withReaders = validateAccessList({DocumentAccess::Meeting, {"a"}}, members);
    ASSERT_FALSE(withReaders);
    EXPECT_NE(withReaders.error().find("no reader list"), std::string::npos);
    const auto empty = validateAccessList({DocumentAccess::Confidential, {}}, members);
    ASSERT_FALSE(empty);
    EXPECT_NE(empty.error().find("at least one reader"), std::string::npos);
    const auto stranger = validateAccessList({DocumentAccess::Named, {"a", "zz"}}, members);
    ASSERT_FALSE(stranger);
    EXPECT_NE(stranger.error().find("'zz'"), std::string::npos);
    const auto twice = validateAccessList({DocumentAccess::Named, {"b", "b"}}, members);
    ASSERT_FALSE(twice);
    EXPECT_NE(twice.error().find("twice"), std::string::npos);
}

TEST(DocumentVersions, ChangedPagesComparePagesAtTheSamePosition) {
    EXPECT_EQ(changedPages({"x", "y", "z"}, {"x", "y", "z"}), (std::vector<std::uint32_t>{}));
    EXPECT_EQ(changedPages({"x", "y", "z"}, {"x", "Y", "z"}), (std::vector<std::uint32_t>{2}));
    EXPECT_EQ(changedPages({"x", "y"}, {"x", "y", "n1", "n2"}), (std::vector<std::uint32_t>{3, 4}));
    EXPECT_EQ(changedPages({"x", "y", "z"}, {"x"}), (std::vector<std::uint32_t>{}));
    EXPECT_EQ(changedPages({}, {"a", "b"}), (std::vector<std::uint32_t>{1, 2}));
    // A page inserted at the front shifts every later page: all of them are marked.
    EXPECT_EQ(changedPages({"a", "b"}, {"new", "a", "b"}), (std::vector<std::uint32_t>{1, 2, 3}));
}

TEST(DocumentVersions, ListsRoundTrip) {
    const std::vector<std::string> items = {"ab", "", "cd"};
    EXPECT_EQ(joinList(items), "ab,,cd");
    EXPECT_EQ(splitList("ab,,cd"), items);
    EXPECT_TRUE(splitList("").empty());
    EXPECT_EQ(splitList("x"), (std::vector<std::string>{"x"}));
}
