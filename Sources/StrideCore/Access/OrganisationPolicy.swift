import Foundation

/// A unit of the organisation.
public struct UnitSubject: AccessSubject, Equatable {
    public typealias Policy = UnitPolicy
    public let unitID: UUID
    public init(unitID: UUID) { self.unitID = unitID }
}

/// The organisation chart is open to everyone signed in; only HR administrators change it.
/// A unit's outcomes (what the unit is to achieve in a period, which staff outputs serve) are
/// kept by HR and by the unit's responsible chief, who heads it or a unit above it; they alone
/// see the unit's skills matrix, since it shows everyone's confirmed levels.
public enum UnitPolicy: AccessPolicy {
    public enum Action: Sendable { case view, edit, manageOutcomes, viewSkills }

    public static func decide(_ viewer: Viewer, _ action: Action, _ subject: UnitSubject) -> AccessDecision {
        switch action {
        case .view: .allowed
        case .edit: .hrOnly(viewer)
        case .manageOutcomes, .viewSkills: viewer.isHRAdministrator || viewer.chiefOfUnits.contains(subject.unitID) ? .allowed : .forbidden
        }
    }
}

/// The unit tree as a whole.
public struct OrganisationChart: AccessSubject, Equatable {
    public typealias Policy = OrganisationChartPolicy
    public init() {}
}

public enum OrganisationChartPolicy: AccessPolicy {
    public enum Action: Sendable { case view, addUnit }

    public static func decide(_ viewer: Viewer, _ action: Action, _ subject: OrganisationChart) -> AccessDecision {
        switch action {
        case .view: .allowed
        case .addUnit: .hrOnly(viewer)
        }
    }
}

/// The HR administration area: every route in it is HR's alone, whatever else its handler checks.
public struct Administration: AccessSubject, Equatable {
    public typealias Policy = AdministrationPolicy
    public init() {}
}

public enum AdministrationPolicy: AccessPolicy {
    public enum Action: Sendable { case enter }

    public static func decide(_ viewer: Viewer, _ action: Action, _ subject: Administration) -> AccessDecision {
        .hrOnly(viewer)
    }
}
