// Who a member is in the meeting. The role decides rights (Permissions.h) and
// whether the member counts towards quorum by default.
#pragma once

#include <array>
#include <optional>
#include <string_view>

namespace ecabinet::domain {

enum class Role { Chair, Secretary, Delegate, Guest, Observer };

inline constexpr std::array<Role, 5> kAllRoles = {Role::Chair, Role::Secretary, Role::Delegate,
                                                  Role::Guest, Role::Observer};

// Names as written in the meeting file: "chair", "secretary", "delegate", "guest", "observer".
// Exact, lower-case: the file is written by tools and a typo must be reported, not guessed.
std::optional<Role> parseRole(std::string_view name);
std::string_view roleName(Role role);

// Chair and delegates vote and count towards quorum unless the meeting file says otherwise;
// the secretary, guests and observers do not.
bool entitledByDefault(Role role);

} // namespace ecabinet::domain
