import Foundation

/// A staff record someone wants to see or change.
public struct StaffSubject: AccessSubject, Equatable {
    public typealias Policy = StaffPolicy
    public let staffID: UUID
    public let unitID: UUID?
    /// Supervisors above this person, nearest first.
    public let supervisorChain: [UUID]

    public init(staffID: UUID, unitID: UUID?, supervisorChain: [UUID]) {
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

/// Whose staff records a viewer may open, as a description the database can answer in one
/// query for a whole list, rather than a set loaded into memory.
public struct StaffVisibility: Sendable, Equatable {
    /// HR administrators see every record.
    public let everyone: Bool
    /// The viewer's own record.
    public let oneself: UUID
    /// Everyone this person supervises, directly or through others.
    public let reportsOf: UUID
    /// Everyone in these units (the units the viewer heads and those below them).
    public let inUnits: Set<UUID>

    /// The same rule as `StaffPolicy.relation`, for one subject.
    public func includes(_ subject: StaffSubject) -> Bool {
        everyone || subject.staffID == oneself || subject.supervisorChain.contains(reportsOf)
            || subject.unitID.map(inUnits.contains) == true
    }
}

/// Who may see and change staff records.
///
/// Staff see their own record, managers those of their direct and indirect reports,
/// responsible chiefs everyone in the units they head (and the units below), HR administrators
/// everything. Only HR administrators change records.
public enum StaffPolicy: AccessPolicy {
    public enum Action: Sendable { case view, edit }

    public static func decide(_ viewer: Viewer, _ action: Action, _ subject: StaffSubject) -> AccessDecision {
        switch action {
        case .view: relation(of: viewer, to: subject) == .none ? .forbidden : .allowed
        case .edit: .hrOnly(viewer)
        }
    }

    public static func relation(of viewer: Viewer, to subject: StaffSubject) -> StaffRelation {
        if viewer.isHRAdministrator { return .hrAdministrator }
        if viewer.staffID == subject.staffID { return .oneself }
        if subject.supervisorChain.first == viewer.staffID { return .directManager }
        if subject.supervisorChain.dropFirst().contains(viewer.staffID) { return .indirectManager }
        if let unit = subject.unitID, viewer.chiefOfUnits.contains(unit) { return .responsibleChief }
        return .none
    }

    public static func visibility(for viewer: Viewer) -> StaffVisibility {
        StaffVisibility(everyone: viewer.isHRAdministrator, oneself: viewer.staffID, reportsOf: viewer.staffID,
                        inUnits: viewer.chiefOfUnits)
    }
}

/// The staff directory as a whole: searching it, adding to it.
public struct StaffDirectory: AccessSubject, Equatable {
    public typealias Policy = StaffDirectoryPolicy
    public init() {}
}

/// The directory's names, job titles and units are the organisation chart, open to everyone
/// signed in; email and staff ID searches, separated staff, new records, imports and the
/// export of every record are HR's.
public enum StaffDirectoryPolicy: AccessPolicy {
    public enum Action: Sendable { case browse, searchContactDetails, includeSeparated, create, importCSV, exportCSV }

    public static func decide(_ viewer: Viewer, _ action: Action, _ subject: StaffDirectory) -> AccessDecision {
        switch action {
        case .browse: .allowed
        case .searchContactDetails, .includeSeparated, .create, .importCSV, .exportCSV: .hrOnly(viewer)
        }
    }
}
