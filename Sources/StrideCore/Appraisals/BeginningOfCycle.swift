import Foundation

/// One expected output: SMART (specific, measurable, achievable, relevant, time-bound), and
/// linked to the unit outcome it serves.
public struct Output: Codable, Sendable, Equatable {
    /// Stays the same through every version of the output (a Mid-term adjustment keeps it).
    public var key: UUID
    public var description: String
    /// Which results will show the output was met.
    public var measuresOfSuccess: String
    public var timeline: String
    public var resources: String
    public var unitOutcomeID: UUID?
    /// The workgroup objective it contributes to, if any (alignment: an output serves its unit's
    /// outcome, and through a workgroup's objective, that objective's).
    public var objectiveID: UUID?

    public init(key: UUID, description: String = "", measuresOfSuccess: String = "", timeline: String = "",
                resources: String = "", unitOutcomeID: UUID? = nil, objectiveID: UUID? = nil) {
        self.key = key
        self.description = description
        self.measuresOfSuccess = measuresOfSuccess
        self.timeline = timeline
        self.resources = resources
        self.unitOutcomeID = unitOutcomeID
        self.objectiveID = objectiveID
    }
}

/// A competency chosen from the organisation's competency framework, with how it should be shown.
public struct CompetencyChoice: Codable, Sendable, Equatable {
    /// The skill in the competency framework.
    public var skillID: UUID?
    public var demonstration: String

    public init(skillID: UUID?, demonstration: String = "") {
        self.skillID = skillID
        self.demonstration = demonstration
    }
}

/// The one developmental objective of a cycle and the actions planned towards it.
public struct DevelopmentalObjective: Codable, Sendable, Equatable {
    public var objective: String
    public var plannedActions: String

    public init(objective: String = "", plannedActions: String = "") {
        self.objective = objective
        self.plannedActions = plannedActions
    }
}

/// What a manager is accountable for besides their own outputs (ILO PMF note §9(a), (c)).
public struct ManagerialAccountabilities: Codable, Sendable, Equatable {
    /// How performance is managed in the unit.
    public var managingPerformance: String
    /// How the manager supports the development of their staff.
    public var developingStaff: String
    /// Organisation-wide targets such as geographical representation and gender balance.
    public var organisationalTargets: String

    public init(managingPerformance: String = "", developingStaff: String = "", organisationalTargets: String = "") {
        self.managingPerformance = managingPerformance
        self.developingStaff = developingStaff
        self.organisationalTargets = organisationalTargets
    }
}

/// The Beginning of Cycle form's content: what the staff member and manager agree at the start.
public struct BeginningOfCycle: Codable, Sendable, Equatable {
    public var outputs: [Output]
    public var competencies: [CompetencyChoice]
    public var developmentalObjective: DevelopmentalObjective
    /// Only for staff who manage others.
    public var managerialAccountabilities: ManagerialAccountabilities?

    public init(outputs: [Output] = [], competencies: [CompetencyChoice] = [],
                developmentalObjective: DevelopmentalObjective = .init(), managerialAccountabilities: ManagerialAccountabilities? = nil) {
        self.outputs = outputs
        self.competencies = competencies
        self.developmentalObjective = developmentalObjective
        self.managerialAccountabilities = managerialAccountabilities
    }
}

/// The rules of the Beginning of Cycle form.
///
/// A draft may be saved incomplete, but never with text that cannot be stored (control
/// characters, overlong fields) or with more entries than a form can hold. Submitting needs
/// every rule met: 3–5 outputs each complete and linked to a unit outcome of the period,
/// 3–5 different competencies from the competency framework each with how it is shown, the
/// developmental objective with its planned actions, and for managers their accountabilities.
public enum BeginningOfCycleRules {
    public static let outputs = 3...5
    public static let competencies = 3...5
    /// Far above the rule, so a draft can hold work in progress but not a flood.
    public static let maxEntries = 20
    public static let shortText = 500
    public static let longText = 4000

    /// What the rules check a form against: the unit outcomes of the staff member's unit for
    /// the cycle's period, the competency framework's skills, whether the person manages others,
    /// and the objectives of the workgroups they belong to (an output may contribute to one).
    public struct Context: Sendable {
        public let unitOutcomes: Set<UUID>
        public let competencySkills: Set<UUID>
        public let managesOthers: Bool
        public let objectives: Set<UUID>

        public init(unitOutcomes: Set<UUID>, competencySkills: Set<UUID>, managesOthers: Bool, objectives: Set<UUID> = []) {
            self.unitOutcomes = unitOutcomes
            self.competencySkills = competencySkills
            self.managesOthers = managesOthers
            self.objectives = objectives
        }
    }

    /// Problems that stop even a draft from being saved, in page order.
    public static func storageProblems(_ form: BeginningOfCycle) -> [FieldError] {
        problems(form, context: nil)
    }

    /// Every problem that stops the form from being submitted, in page order.
    public static func submissionProblems(_ form: BeginningOfCycle, context: Context) -> [FieldError] {
        problems(form, context: context)
    }

    /// One walk down the page: each field's storage rule, then (when submitting, with a
    /// context) its completeness rule.
    private static func problems(_ form: BeginningOfCycle, context: Context?) -> [FieldError] {
        var check = FieldChecker()
        let submitting = context != nil
        func text(_ field: String, _ value: String, name: String, missing: String, maxLength: Int = longText, multiline: Bool = true) {
            check.content(field, value, name: name, missing: submitting ? missing : nil, maxLength: maxLength, multiline: multiline)
        }
        func count(_ field: String, _ name: String, _ n: Int, _ range: ClosedRange<Int>) {
            if n > maxEntries {
                check.add(field, "\(name): a form holds at most \(maxEntries)")
            } else if submitting, n < range.lowerBound {
                check.add(field, "\(name): add at least \(range.lowerBound) (you have \(n))")
            } else if submitting, n > range.upperBound {
                check.add(field, "\(name): keep at most \(range.upperBound) (you have \(n))")
            }
        }

        count("outputs", "Outputs", form.outputs.count, outputs)
        for (index, output) in form.outputs.prefix(maxEntries).enumerated() {
            let name = "Output \(index + 1)", field = "outputs[\(index)]"
            text("\(field).description", output.description, name: "\(name): description", missing: "\(name): describe the expected output")
            text("\(field).measuresOfSuccess", output.measuresOfSuccess, name: "\(name): measures of success",
                 missing: "\(name): say which results will show it was met")
            text("\(field).timeline", output.timeline, name: "\(name): timeline", missing: "\(name): give its timeline",
                 maxLength: shortText, multiline: false)
            text("\(field).resources", output.resources, name: "\(name): resources", missing: "\(name): say what resources it needs")
            if let context {
                if let outcome = output.unitOutcomeID {
                    if !context.unitOutcomes.contains(outcome) {
                        check.add("\(field).unitOutcome", "\(name): choose one of the unit's outcomes for this period")
                    }
                } else {
                    check.add("\(field).unitOutcome", "\(name): choose the unit outcome it serves")
                }
                if let objective = output.objectiveID, !context.objectives.contains(objective) {
                    check.add("\(field).objective", "\(name): choose an objective of one of your workgroups, or none")
                }
            }
        }
        count("competencies", "Competencies", form.competencies.count, competencies)
        var chosen: Set<UUID> = []
        for (index, competency) in form.competencies.prefix(maxEntries).enumerated() {
            let name = "Competency \(index + 1)", field = "competencies[\(index)]"
            if let context {
                if let skill = competency.skillID {
                    if !context.competencySkills.contains(skill) {
                        check.add("\(field).skill", "\(name): choose a competency from the organisation's framework")
                    } else if !chosen.insert(skill).inserted {
                        check.add("\(field).skill", "\(name): this competency is already chosen")
                    }
                } else {
                    check.add("\(field).skill", "\(name): choose a competency")
                }
            }
            text("\(field).demonstration", competency.demonstration, name: "\(name): how it will be demonstrated",
                 missing: "\(name): say how it should be demonstrated")
        }
        text("developmentalObjective.objective", form.developmentalObjective.objective, name: "Developmental objective",
             missing: "Developmental objective: describe it")
        text("developmentalObjective.plannedActions", form.developmentalObjective.plannedActions, name: "Planned actions",
             missing: "Developmental objective: list the planned actions")
        if form.managerialAccountabilities != nil || context?.managesOthers == true {
            let accountabilities = form.managerialAccountabilities ?? .init()
            let required = context?.managesOthers == true
            for (field, name, value) in [("managingPerformance", "Managing performance in the unit", accountabilities.managingPerformance),
                                         ("developingStaff", "Developing staff", accountabilities.developingStaff),
                                         ("organisationalTargets", "Organisational targets", accountabilities.organisationalTargets)] {
                if required {
                    text("managerialAccountabilities.\(field)", value, name: name,
                         missing: "Managerial accountabilities: describe \(name.prefix(1).lowercased() + name.dropFirst())")
                } else {
                    check.applyTextRule("managerialAccountabilities.\(field)", value, name: name, maxLength: longText, multiline: true)
                }
            }
        }
        return check.errors
    }
}
