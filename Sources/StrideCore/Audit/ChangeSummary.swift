/// Describes what an edit changed, for the audit trail: "Grade: P3 → P4; Supervisor: none → S1".
/// Fields that did not change are left out, so an entry says exactly what happened.
public struct ChangeSummary: Sendable, Equatable {
    public struct Change: Sendable, Equatable {
        public let field: String
        public let before: String?
        public let after: String?
    }

    public private(set) var changes: [Change] = []

    public init() {}

    public mutating func compare(_ field: String, _ before: String?, _ after: String?) {
        guard before != after else { return }
        changes.append(Change(field: field, before: before, after: after))
    }

    public var isEmpty: Bool { changes.isEmpty }

    public var text: String {
        changes.map { "\($0.field): \($0.before ?? "none") → \($0.after ?? "none")" }.joined(separator: "; ")
    }

    /// Every field of a staff member's own details that differs.
    public static func staff(_ before: StaffDetails, _ after: StaffDetails) -> ChangeSummary {
        var summary = ChangeSummary()
        summary.compare("Name", before.name, after.name)
        summary.compare("Email", before.email, after.email)
        summary.compare("Staff ID", before.staffNumber, after.staffNumber)
        summary.compare("Grade", before.grade, after.grade)
        summary.compare("Job title", before.jobTitle, after.jobTitle)
        summary.compare("Entry on duty", before.entryOnDuty.iso, after.entryOnDuty.iso)
        summary.compare("Contract", before.contractType.rawValue, after.contractType.rawValue)
        summary.compare("Status", before.status.rawValue, after.status.rawValue)
        summary.compare("Contract end", before.contractEnd?.iso, after.contractEnd?.iso)
        return summary
    }
}
