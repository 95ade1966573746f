import Foundation

/// Whether feedback names something done well or something to improve (SFIA Performance
/// management: "provides feedback to team members on their performance").
public enum WorkgroupFeedbackKind: String, Sendable, Codable, CaseIterable {
    case strength
    case improvement

    public var displayName: String {
        switch self {
        case .strength: "A strength"
        case .improvement: "To improve"
        }
    }
}

/// Feedback a lead gives a member, as checked.
public struct WorkgroupFeedbackDetails: Sendable, Equatable {
    public let kind: WorkgroupFeedbackKind
    public let text: String
    public let taskID: UUID?

    public init(kind: WorkgroupFeedbackKind, text: String, taskID: UUID?) {
        self.kind = kind
        self.text = text
        self.taskID = taskID
    }
}

/// Feedback as typed.
public struct WorkgroupFeedbackInput: Sendable, Equatable {
    public var member: String?
    public var kind: String?
    public var text: String?
    public var task: String?

    public init(member: String? = nil, kind: String? = nil, text: String? = nil, task: String? = nil) {
        self.member = member
        self.kind = kind
        self.text = text
        self.task = task
    }

    /// Who it is for and what it says, or the problems on `member` (one of `members`), `kind`,
    /// `text` and `task` (empty, or one of the member's tasks in `tasksByMember`).
    public func validate(members: Set<UUID>, tasksByMember: [UUID: Set<UUID>]) -> Validated<(member: UUID, details: WorkgroupFeedbackDetails)> {
        var check = FieldChecker()
        let memberID = WorkgroupObjectiveInput.choice(member)
        if memberID.map(members.contains) != true { check.add("member", "Choose a member of the workgroup") }
        let kind: WorkgroupFeedbackKind? = check.choice("kind", kind, missing: "Choose a strength or something to improve")
        let text = check.required("text", text, name: "Feedback", missing: "Write the feedback", maxLength: 2000, multiline: true)
        var taskID: UUID?
        if !WorkgroupObjectiveInput.isBlank(task) {
            taskID = WorkgroupObjectiveInput.choice(task)
            if let memberID, members.contains(memberID), taskID.map({ tasksByMember[memberID]?.contains($0) == true }) != true {
                check.add("task", "Choose one of the member's tasks, or none")
            }
        }
        return check.result((memberID!, WorkgroupFeedbackDetails(kind: kind!, text: text, taskID: taskID)))
    }
}
