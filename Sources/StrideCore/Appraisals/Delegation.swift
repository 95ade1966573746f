import Foundation

/// A responsible chief's delegation of one staff member's appraisal to the manager of a
/// smaller unit (ILO PMF note, Q&A 9): while it runs, the delegate acts as the appraising
/// manager on that person's forms; the chief still sees them.
public struct DelegationTerms: Sendable, Equatable {
    public let staffID: UUID
    public let delegateID: UUID
    public let startsOn: CalendarDate
    /// The first day it no longer runs; nil for "until revoked".
    public let endsOn: CalendarDate?

    public init(staffID: UUID, delegateID: UUID, startsOn: CalendarDate, endsOn: CalendarDate?) {
        self.staffID = staffID
        self.delegateID = delegateID
        self.startsOn = startsOn
        self.endsOn = endsOn
    }

    /// Whether it runs on `day`, unless revoked.
    public func runs(on day: CalendarDate) -> Bool {
        startsOn <= day && endsOn.map { day < $0 } ?? true
    }
}

/// A delegation as asked for: the people by staff ID, as HR and chiefs know them.
public struct DelegationRequest: Sendable, Equatable {
    public let staffNumber: String
    public let delegateNumber: String
    public let startsOn: CalendarDate
    public let endsOn: CalendarDate?
}

/// A delegation as typed in its form.
public struct DelegationInput: Sendable, Equatable, Codable {
    public var staffNumber: String?
    public var delegateNumber: String?
    public var startsOn: String?
    public var endsOn: String?

    public init(staffNumber: String? = nil, delegateNumber: String? = nil, startsOn: String? = nil, endsOn: String? = nil) {
        self.staffNumber = staffNumber
        self.delegateNumber = delegateNumber
        self.startsOn = startsOn
        self.endsOn = endsOn
    }

    /// The request, or every problem by field. Whether the people exist and may be chosen (the
    /// chief's units, active staff) is checked with the records, by `DelegationPolicy`.
    public func validate() -> Validated<DelegationRequest> {
        var check = FieldChecker()
        let staff = check.required("staffNumber", staffNumber, name: "Staff ID", missing: "Enter the staff ID of the person whose appraisal is delegated", maxLength: 50)
        let delegate = check.required("delegateNumber", delegateNumber, name: "Staff ID", missing: "Enter the staff ID of the manager who appraises instead", maxLength: 50)
        if !staff.isEmpty, staff.caseInsensitiveCompare(delegate) == .orderedSame {
            check.add("delegateNumber", "Choose someone other than the person appraised")
        }
        let start = check.date("startsOn", startsOn, name: "Start date", missing: "Enter the date the delegation starts, like 2026-01-01")
        let end = check.date("endsOn", endsOn, name: "End date", missing: nil)
        if let start, let end, end <= start { check.add("endsOn", "End date must be after the start date") }
        guard check.errors.isEmpty, let start else { return .invalid(check.errors) }
        return .valid(DelegationRequest(staffNumber: staff, delegateNumber: delegate, startsOn: start, endsOn: end))
    }
}

/// The people a delegation names, as the policy needs them.
public struct DelegationSubject: AccessSubject, Equatable {
    public typealias Policy = DelegationPolicy
    /// The unit of the person whose appraisal is delegated (nil for someone with none).
    public let staffUnitID: UUID?
    /// The delegate's unit; nil when listing or revoking.
    public let delegateUnitID: UUID?
    /// Whose appraisal it is, when granting: nobody delegates their own.
    public let staffID: UUID?

    public init(staffUnitID: UUID?, delegateUnitID: UUID? = nil, staffID: UUID? = nil) {
        self.staffUnitID = staffUnitID
        self.delegateUnitID = delegateUnitID
        self.staffID = staffID
    }
}

/// A responsible chief delegates (and revokes) the appraisal of staff in the units they head,
/// to a manager in those units; HR administrators may do so for anyone. Nobody else may.
public enum DelegationPolicy: AccessPolicy {
    public enum Action: Sendable, Equatable {
        /// See the delegations page (chiefs and HR).
        case list
        /// Delegate or revoke for the person in `staffUnitID` (to someone in `delegateUnitID`).
        case manage
    }

    public static func decide(_ viewer: Viewer, _ action: Action, _ subject: DelegationSubject) -> AccessDecision {
        if subject.staffID == viewer.staffID { return .refused("Nobody delegates their own appraisal: ask HR.") }
        if viewer.isHRAdministrator { return .allowed }
        switch action {
        case .list:
            return viewer.chiefOfUnits.isEmpty ? .forbidden : .allowed
        case .manage:
            guard let unit = subject.staffUnitID, viewer.chiefOfUnits.contains(unit) else { return .forbidden }
            if let delegateUnit = subject.delegateUnitID, !viewer.chiefOfUnits.contains(delegateUnit) {
                return .refused("Choose a manager in a unit you head.")
            }
            return .allowed
        }
    }
}
