import Foundation

/// One output or competency at the End of Cycle: the staff member's self-assessment, then the
/// manager's rating and comment.
public struct ElementAssessment: Codable, Sendable, Equatable {
    public var selfAssessment: String
    public var rating: ElementRating?
    public var comment: String

    public init(selfAssessment: String = "", rating: ElementRating? = nil, comment: String = "") {
        self.selfAssessment = selfAssessment
        self.rating = rating
        self.comment = comment
    }
}

/// An output's assessment, by the output's key.
public struct OutputAssessment: Codable, Sendable, Equatable {
    public var key: UUID
    public var assessment: ElementAssessment

    public init(key: UUID, assessment: ElementAssessment = .init()) {
        self.key = key
        self.assessment = assessment
    }
}

/// A competency's assessment, by the competency framework's skill.
public struct CompetencyAssessment: Codable, Sendable, Equatable {
    public var skillID: UUID
    public var assessment: ElementAssessment

    public init(skillID: UUID, assessment: ElementAssessment = .init()) {
        self.skillID = skillID
        self.assessment = assessment
    }
}

/// The End of Cycle form's content. The staff member writes the self-assessment (each output
/// and competency, the developmental objective, challenges and lessons learned); only then the
/// manager rates each output and competency, assesses the objective and the managerial
/// accountabilities, and gives the overall rating. Outputs and competencies are those of the
/// cycle's plan (the Beginning of Cycle as the Mid-term Review adjusted it), by key.
public struct EndOfCycle: Codable, Sendable, Equatable {
    public var outputs: [OutputAssessment]
    public var competencies: [CompetencyAssessment]
    public var objectiveSelfAssessment: String
    public var challenges: String
    public var lessonsLearned: String
    // The manager's part.
    public var objectiveAssessment: String
    public var accountabilitiesAssessment: String
    public var overallRating: OverallRating?
    /// Why the overall rating differs from what the element ratings suggest (`RatingConsistency`).
    public var justification: String

    public init(outputs: [OutputAssessment] = [], competencies: [CompetencyAssessment] = [], objectiveSelfAssessment: String = "",
                challenges: String = "", lessonsLearned: String = "", objectiveAssessment: String = "",
                accountabilitiesAssessment: String = "", overallRating: OverallRating? = nil, justification: String = "") {
        self.outputs = outputs
        self.competencies = competencies
        self.objectiveSelfAssessment = objectiveSelfAssessment
        self.challenges = challenges
        self.lessonsLearned = lessonsLearned
        self.objectiveAssessment = objectiveAssessment
        self.accountabilitiesAssessment = accountabilitiesAssessment
        self.overallRating = overallRating
        self.justification = justification
    }

    /// Every element rating given, outputs then competencies.
    public var elementRatings: [ElementRating] {
        outputs.compactMap(\.assessment.rating) + competencies.compactMap(\.assessment.rating)
    }

    /// This content with the staff member's part taken from `other` and the manager's kept:
    /// each party's save changes only their own part.
    public func withSelfAssessment(from other: EndOfCycle) -> EndOfCycle {
        var merged = other
        merged.objectiveAssessment = objectiveAssessment
        merged.accountabilitiesAssessment = accountabilitiesAssessment
        merged.overallRating = overallRating
        merged.justification = justification
        merged.outputs = other.outputs.map { output in
            var kept = output
            let mine = outputs.first { $0.key == output.key }?.assessment
            kept.assessment.rating = mine?.rating
            kept.assessment.comment = mine?.comment ?? ""
            return kept
        }
        merged.competencies = other.competencies.map { competency in
            var kept = competency
            let mine = competencies.first { $0.skillID == competency.skillID }?.assessment
            kept.assessment.rating = mine?.rating
            kept.assessment.comment = mine?.comment ?? ""
            return kept
        }
        return merged
    }

    /// This content with the manager's part taken from `other` and the staff member's kept.
    public func withManagerPart(from other: EndOfCycle) -> EndOfCycle {
        other.withSelfAssessment(from: self)
    }
}

/// The rules of the End of Cycle form.
///
/// The self-assessment is complete when every output and competency of the plan has one, and
/// the developmental objective, challenges and lessons learned are written. The manager's part
/// is complete when every output and competency is rated with a comment, the objective (and,
/// for managers, the managerial accountabilities) assessed, and an overall rating given; an
/// overall rating that `RatingConsistency` finds inconsistent needs a justification.
public enum EndOfCycleRules {
    /// What the rules check against: the plan's outputs and competencies, and whether the
    /// person manages others.
    public struct Context: Sendable {
        public let outputKeys: [UUID]
        public let competencySkills: [UUID]
        public let managesOthers: Bool

        public init(outputKeys: [UUID], competencySkills: [UUID], managesOthers: Bool) {
            self.outputKeys = outputKeys
            self.competencySkills = competencySkills
            self.managesOthers = managesOthers
        }
    }

    /// The form as it should start: one entry per output and competency of the plan.
    public static func blank(for context: Context) -> EndOfCycle {
        EndOfCycle(outputs: context.outputKeys.map { OutputAssessment(key: $0) },
                   competencies: context.competencySkills.map { CompetencyAssessment(skillID: $0) })
    }

    public static func storageProblems(_ form: EndOfCycle) -> [FieldError] {
        var check = FieldChecker()
        walk(form) { field, name, value in check.applyTextRule(field, value, name: name, maxLength: BeginningOfCycleRules.longText, multiline: true) }
        return check.errors
    }

    /// What stops the staff member from handing in the self-assessment.
    public static func selfAssessmentProblems(_ form: EndOfCycle, context: Context) -> [FieldError] {
        var check = FieldChecker()
        let aligned = align(form, context)
        for (index, output) in aligned.outputs.enumerated() {
            required(&check, "outputs[\(index)].selfAssessment", output.assessment.selfAssessment, "Output \(index + 1): write your self-assessment")
        }
        for (index, competency) in aligned.competencies.enumerated() {
            required(&check, "competencies[\(index)].selfAssessment", competency.assessment.selfAssessment,
                     "Competency \(index + 1): write your self-assessment")
        }
        required(&check, "objectiveSelfAssessment", form.objectiveSelfAssessment, "Developmental objective: write your self-assessment")
        required(&check, "challenges", form.challenges, "Challenges: describe the challenges you met")
        required(&check, "lessonsLearned", form.lessonsLearned, "Lessons learned: describe what you learned")
        return storageProblems(form) + check.errors
    }

    /// What stops the manager from submitting the form for signature.
    public static func managerProblems(_ form: EndOfCycle, context: Context) -> [FieldError] {
        var check = FieldChecker()
        let aligned = align(form, context)
        for (index, output) in aligned.outputs.enumerated() {
            rated(&check, "outputs[\(index)]", "Output \(index + 1)", output.assessment)
        }
        for (index, competency) in aligned.competencies.enumerated() {
            rated(&check, "competencies[\(index)]", "Competency \(index + 1)", competency.assessment)
        }
        required(&check, "objectiveAssessment", form.objectiveAssessment, "Developmental objective: give your assessment")
        if context.managesOthers {
            required(&check, "accountabilitiesAssessment", form.accountabilitiesAssessment,
                     "Managerial accountabilities: give your assessment")
        }
        if let overall = form.overallRating {
            if RatingConsistency.inconsistency(overall: overall, elements: aligned.elementRatings) != nil {
                required(&check, "justification", form.justification,
                         "Overall rating: it does not follow from the ratings above, so justify it")
            }
        } else {
            check.add("overallRating", "Overall rating: choose one")
        }
        return storageProblems(form) + check.errors
    }

    /// Why the overall rating needs a justification, for the page to say before it is refused.
    public static func inconsistency(_ form: EndOfCycle, context: Context) -> String? {
        form.overallRating.flatMap { RatingConsistency.inconsistency(overall: $0, elements: align(form, context).elementRatings) }
    }

    /// The form's entries in the plan's order, one per output and competency (an entry the
    /// plan no longer has is left out; a missing one counts as blank).
    public static func align(_ form: EndOfCycle, _ context: Context) -> EndOfCycle {
        var aligned = form
        aligned.outputs = context.outputKeys.map { key in form.outputs.first { $0.key == key } ?? OutputAssessment(key: key) }
        aligned.competencies = context.competencySkills.map { skill in
            form.competencies.first { $0.skillID == skill } ?? CompetencyAssessment(skillID: skill)
        }
        return aligned
    }

    private static func required(_ check: inout FieldChecker, _ field: String, _ value: String, _ missing: String) {
        if value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { check.add(field, missing) }
    }

    private static func rated(_ check: inout FieldChecker, _ field: String, _ name: String, _ assessment: ElementAssessment) {
        if assessment.rating == nil { check.add("\(field).rating", "\(name): choose a rating") }
        required(&check, "\(field).comment", assessment.comment, "\(name): comment on the rating")
    }

    /// Every text of the form with its field and name, for the storage rule.
    private static func walk(_ form: EndOfCycle, _ visit: (String, String, String) -> Void) {
        for (index, output) in form.outputs.enumerated() {
            visit("outputs[\(index)].selfAssessment", "Output \(index + 1): self-assessment", output.assessment.selfAssessment)
            visit("outputs[\(index)].comment", "Output \(index + 1): comment", output.assessment.comment)
        }
        for (index, competency) in form.competencies.enumerated() {
            visit("competencies[\(index)].selfAssessment", "Competency \(index + 1): self-assessment", competency.assessment.selfAssessment)
            visit("competencies[\(index)].comment", "Competency \(index + 1): comment", competency.assessment.comment)
        }
        visit("objectiveSelfAssessment", "Developmental objective: self-assessment", form.objectiveSelfAssessment)
        visit("challenges", "Challenges", form.challenges)
        visit("lessonsLearned", "Lessons learned", form.lessonsLearned)
        visit("objectiveAssessment", "Developmental objective: assessment", form.objectiveAssessment)
        visit("accountabilitiesAssessment", "Managerial accountabilities: assessment", form.accountabilitiesAssessment)
        visit("justification", "Justification", form.justification)
    }
}

/// The two parts of the End of Cycle, each written by one party at its own time.
public enum EndOfCyclePart: Sendable, Equatable {
    /// The staff member's, while the form is a draft (or returned by the Board).
    case selfAssessment
    /// The manager's, once the self-assessment is in and until both have signed.
    case managerAssessment

    /// The part `parties` may write in `state`, or why none (nil part with a reason).
    public static func writable(by parties: Set<AppraisalParty>, in state: AppraisalState) -> Result<EndOfCyclePart, TransitionRefusal> {
        if parties.contains(.manager) {
            if [.selfAssessed, .inDiscussion, .staffSigned, .returned].contains(state) { return .success(.managerAssessment) }
            return .failure(TransitionRefusal(message: "The staff member's self-assessment comes first: you rate once it is handed in.",
                                              isForbidden: false))
        }
        if parties.contains(.staffMember) {
            if [.draft, .returned].contains(state) { return .success(.selfAssessment) }
            return .failure(TransitionRefusal(message: "Your self-assessment has been handed in. To change it, ask your manager to send the form back to draft.",
                                              isForbidden: false))
        }
        return .failure(TransitionRefusal(message: "Only the staff member and the manager write this form.", isForbidden: true))
    }
}

extension EndOfCycleRules {
    /// What one party's save of the End of Cycle writes: their part of `typed` over `stored`,
    /// the step it takes when they hand it in (the self-assessment, or the form for signature),
    /// and the problems that stop it.
    public static func save(typed: EndOfCycle, over stored: EndOfCycle, part: EndOfCyclePart, handIn: Bool,
                            context: Context) -> (content: EndOfCycle, step: AppraisalAction?, problems: [FieldError]) {
        // Both in the plan's order, one entry per output and competency: a PUT replaces the
        // party's whole part, and nothing outside the plan is kept.
        let typed = align(typed, context), stored = align(stored, context)
        let content = part == .selfAssessment ? stored.withSelfAssessment(from: typed) : stored.withManagerPart(from: typed)
        guard handIn else { return (content, nil, storageProblems(content)) }
        return part == .selfAssessment
            ? (content, .submitSelfAssessment, selfAssessmentProblems(content, context: context))
            : (content, .submit, managerProblems(content, context: context))
    }
}
