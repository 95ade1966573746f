import Foundation

/// Where a workgroup's task stands. Open and in-progress tasks count as a member's current load
/// when work is allocated.
public enum WorkTaskStatus: String, Sendable, Codable, CaseIterable {
    case open
    case inProgress = "in_progress"
    case done
    case cancelled

    public var displayName: String {
        switch self {
        case .open: "Not started"
        case .inProgress: "In progress"
        case .done: "Done"
        case .cancelled: "Cancelled"
        }
    }

    /// Counts towards the assignee's open tasks.
    public var isOpen: Bool { self == .open || self == .inProgress }

    /// Where a task can go from here: any open state to any other state; a done task back to in
    /// progress (found unfinished), a cancelled one back to not started.
    public var next: [WorkTaskStatus] {
        switch self {
        case .open: [.inProgress, .done, .cancelled]
        case .inProgress: [.open, .done, .cancelled]
        case .done: [.inProgress]
        case .cancelled: [.open]
        }
    }
}

/// A task as stored: what it is, when it is due, the skills it needs and who does it.
public struct WorkTaskDetails: Sendable, Equatable {
    public var title: String
    public var description: String?
    public var dueOn: CalendarDate
    public var requirements: [SkillRequirement]
    public var assigneeID: UUID
    /// The workgroup objective the task serves, if any.
    public var objectiveID: UUID?

    public init(title: String, description: String?, dueOn: CalendarDate, requirements: [SkillRequirement], assigneeID: UUID,
                objectiveID: UUID? = nil) {
        self.title = title
        self.description = description
        self.dueOn = dueOn
        self.requirements = requirements
        self.assigneeID = assigneeID
        self.objectiveID = objectiveID
    }
}

/// A task as its lead types it: described by the skills and levels it needs, so the members can
/// be ranked for it (`WorkAllocation`) before one is chosen.
public struct WorkTaskInput: Sendable, Equatable {
    public var title: String?
    public var description: String?
    public var dueOn: String?
    public var requirements: [SkillRequirementInput]
    /// The chosen member's id; nil while the lead is still looking at the ranking.
    public var assignee: String?
    public var objective: String?

    public static let maxRequirements = 20

    public init(title: String? = nil, description: String? = nil, dueOn: String? = nil,
                requirements: [SkillRequirementInput] = [], assignee: String? = nil, objective: String? = nil) {
        self.title = title
        self.description = description
        self.dueOn = dueOn
        self.requirements = requirements
        self.assignee = assignee
        self.objective = objective
    }

    /// The skills the task needs, checked as `requirements[i].skill` / `.level`: what the
    /// ranking is asked for before anything else need be filled in.
    public func requirements(skills: [UUID: SkillRef]) -> Validated<[SkillRequirement]> {
        var check = FieldChecker()
        let required = SkillRequirementInput.validate(requirements, into: &check, skills: skills, maxCount: Self.maxRequirements,
                                                      noun: "task", asksImportance: false)
        return check.result(required)
    }

    /// Every problem by field, in page order: `title`, `description`, `dueOn`, the requirements,
    /// `assignee` (one of `members`), `objective` (empty, or one of `objectives`). A task is due
    /// today or later.
    public func validate(skills: [UUID: SkillRef], members: Set<UUID>, today: CalendarDate,
                         objectives: Set<UUID> = []) -> Validated<WorkTaskDetails> {
        var check = FieldChecker()
        let title = check.required("title", title, name: "Title", missing: "Enter what the task is", maxLength: 200)
        let description = check.optional("description", description, name: "Description", maxLength: 4000, multiline: true)
        let due = check.date("dueOn", dueOn, name: "Due date", missing: "Enter the date the task is due")
        if let due, due < today { check.add("dueOn", "The due date must be today or later") }
        let required = SkillRequirementInput.validate(requirements, into: &check, skills: skills, maxCount: Self.maxRequirements,
                                                      noun: "task", asksImportance: false)
        let chosen = assignee.flatMap { UUID(uuidString: $0.trimmingCharacters(in: .whitespaces)) }
        if chosen.map(members.contains) != true {
            check.add("assignee", (assignee ?? "").isEmpty ? "Choose who does the task" : "Choose a member of the workgroup")
        }
        var objectiveID: UUID?
        if !WorkgroupObjectiveInput.isBlank(objective) {
            objectiveID = WorkgroupObjectiveInput.choice(objective)
            if objectiveID.map(objectives.contains) != true { check.add("objective", "Choose one of the workgroup's objectives, or none") }
        }
        return check.result(WorkTaskDetails(title: title, description: description, dueOn: due!, requirements: required,
                                            assigneeID: chosen!, objectiveID: objectiveID))
    }
}
