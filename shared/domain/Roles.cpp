#include "domain/Roles.h"

namespace ecabinet::domain {

std::optional<Role> parseRole(std::string_view name) {
    for (Role r : kAllRoles)
        if (roleName(r) == name) return r;
    return std::nullopt;
}

std::string_view roleName(Role role) {
    switch (role) {
    case Role::Chair: return "chair";
    case Role::Secretary: return "secretary";
    case Role::Delegate: return "delegate";
    case Role::Guest: return "guest";
    case Role::Observer: return "observer";
    }
    return "unknown";
}

bool entitledByDefault(Role role) { return role == Role::Chair || role == Role::Delegate; }

} // namespace ecabinet::domain
