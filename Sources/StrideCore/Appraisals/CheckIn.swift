import Foundation

/// A cycle someone wants to read or add a check-in note to.
public struct CycleSubject: AccessSubject, Equatable {
    public typealias Policy = CheckInPolicy
    public let staff: StaffSubject
    public let appraiserID: UUID?

    public init(staff: StaffSubject, appraiserID: UUID?) {
        self.staff = staff
        self.appraiserID = appraiserID
    }
}

/// The ongoing dialogue of a cycle (ILO PMF note, Q&A 2: feedback is not kept for the formal
/// discussions). The staff member and the appraiser add dated check-in notes at any time and
/// both read them, as does HR; the cycle's timeline (its dates and forms) is open to whoever
/// may see the person's forms.
public enum CheckInPolicy: AccessPolicy {
    public enum Action: Sendable, Equatable {
        /// The cycle's dates and forms.
        case viewTimeline
        case readNotes
        case addNote
    }

    public static func decide(_ viewer: Viewer, _ action: Action, _ subject: CycleSubject) -> AccessDecision {
        let isStaff = viewer.staffID == subject.staff.staffID
        let isAppraiser = subject.appraiserID == viewer.staffID && !isStaff
        switch action {
        case .viewTimeline:
            return isStaff || isAppraiser || StaffPolicy.relation(of: viewer, to: subject.staff) != .none ? .allowed : .forbidden
        case .readNotes:
            return isStaff || isAppraiser || viewer.isHRAdministrator ? .allowed : .forbidden
        case .addNote:
            return isStaff || isAppraiser ? .allowed : .forbidden
        }
    }
}

/// The rule of a check-in note: something said, in at most 4,000 characters of plain text.
public enum CheckInRules {
    public static let maxLength = 4000

    public static func validate(_ raw: String?) -> Validated<String> {
        var check = FieldChecker()
        let note = check.required("note", raw, name: "Note", missing: "Write the note", maxLength: maxLength, multiline: true)
        return check.errors.isEmpty ? .valid(note) : .invalid(check.errors)
    }
}
