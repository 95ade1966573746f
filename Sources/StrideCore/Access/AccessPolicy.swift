/// The signed-in person, as far as access decisions need to know them.
public struct Viewer<ID: Hashable & Sendable>: Sendable {
    public let staffID: ID
    public let roles: Set<Role>
    /// Units this person heads as responsible chief, together with every unit below them.
    public let chiefOfUnits: Set<ID>

    public init(staffID: ID, roles: Set<Role>, chiefOfUnits: Set<ID> = []) {
        self.staffID = staffID
        self.roles = roles.union([.staffMember])
        self.chiefOfUnits = chiefOfUnits
    }

    public var isHRAdministrator: Bool { roles.contains(.hrAdministrator) }
}

/// A staff record someone wants to see or change.
public struct StaffSubject<ID: Hashable & Sendable>: Sendable {
    public let staffID: ID
    public let unitID: ID?
    /// Supervisors above this person, nearest first.
    public let supervisorChain: [ID]

    public init(staffID: ID, unitID: ID?, supervisorChain: [ID]) {
        self.staffID = staffID
        self.unitID = unitID
        self.supervisorChain = supervisorChain
    }
}

/// Why a viewer may see a staff record; the strongest reason wins.
public enum StaffRelation: Int, Comparable, Sendable {
    case none = 0
    case responsibleChief
    case indirectManager
    case directManager
    case oneself
    case hrAdministrator

    public static func < (lhs: StaffRelation, rhs: StaffRelation) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// Who may do what with staff records.
///
/// Staff see their own record, managers those of their direct and indirect reports,
/// responsible chiefs everyone in the units they head (and the units below), HR administrators
/// everything. Changes to the organisation itself are for HR administrators alone.
public enum AccessPolicy {
    public static func relation<ID>(of viewer: Viewer<ID>, to subject: StaffSubject<ID>) -> StaffRelation {
        if viewer.isHRAdministrator { return .hrAdministrator }
        if viewer.staffID == subject.staffID { return .oneself }
        if subject.supervisorChain.first == viewer.staffID { return .directManager }
        if subject.supervisorChain.dropFirst().contains(viewer.staffID) { return .indirectManager }
        if let unit = subject.unitID, viewer.chiefOfUnits.contains(unit) { return .responsibleChief }
        return .none
    }

    public static func canViewStaffRecord<ID>(_ viewer: Viewer<ID>, _ subject: StaffSubject<ID>) -> Bool {
        relation(of: viewer, to: subject) != .none
    }

    /// Creating and editing units, staff and workgroups, issuing passwords, importing.
    public static func canAdministerOrganisation<ID>(_ viewer: Viewer<ID>) -> Bool {
        viewer.isHRAdministrator
    }
}
