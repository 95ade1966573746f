import Foundation

/// The signed-in person, as far as access decisions need to know them.
public struct Viewer: Sendable, Equatable {
    public let staffID: UUID
    public let roles: Set<Role>
    /// Units this person heads as responsible chief, together with every unit below them.
    public let chiefOfUnits: Set<UUID>

    public init(staffID: UUID, roles: Set<Role>, chiefOfUnits: Set<UUID> = []) {
        self.staffID = staffID
        self.roles = roles.union([.staffMember])
        self.chiefOfUnits = chiefOfUnits
    }

    public var isHRAdministrator: Bool { roles.contains(.hrAdministrator) }
}
