import Foundation

/// A stored staff member: their facts and where they sit in the organisation.
public struct StaffRecord: Sendable, Equatable, Identifiable {
    public let id: UUID
    public var details: StaffDetails
    public var unitID: UUID?
    public var supervisorID: UUID?

    public init(id: UUID, details: StaffDetails, unitID: UUID?, supervisorID: UUID?) {
        self.id = id
        self.details = details
        self.unitID = unitID
        self.supervisorID = supervisorID
    }

    public var name: String { details.name }
    public var isActive: Bool { details.status == .active }
}

/// A stored unit: its facts, its parent and its responsible chief.
public struct UnitRecord: Sendable, Equatable, Identifiable {
    public let id: UUID
    public var details: UnitDetails
    public var parentID: UUID?
    public var chiefID: UUID?

    public init(id: UUID, details: UnitDetails, parentID: UUID?, chiefID: UUID?) {
        self.id = id
        self.details = details
        self.parentID = parentID
        self.chiefID = chiefID
    }
}

/// A stored workgroup: its facts and its lead.
public struct WorkgroupRecord: Sendable, Equatable, Identifiable {
    public let id: UUID
    public var details: WorkgroupDetails
    public var leadID: UUID

    public init(id: UUID, details: WorkgroupDetails, leadID: UUID) {
        self.id = id
        self.details = details
        self.leadID = leadID
    }
}
