import Foundation

/// Who gave an assessment of a skill.
public enum SkillAssessmentSource: String, Sendable, Codable, CaseIterable {
    /// The person, proposing the level they work at.
    case selfAssessment = "self"
    /// Their manager (or a delegate, or HR), deciding on a proposal.
    case manager
}

/// Where a proposal stands: waiting, confirmed at the level proposed, or set at another.
public enum SkillAssessmentStatus: String, Sendable, Codable, CaseIterable {
    case proposed
    case confirmed
    case changed

    public var displayName: String {
        switch self {
        case .proposed: "Awaiting confirmation"
        case .confirmed: "Confirmed"
        case .changed: "Level changed by the manager"
        }
    }
}

/// The level a person proposes for a skill, with the evidence for it.
public struct SkillProposal: Sendable, Equatable {
    public let level: Int
    public let evidence: String
    /// The indicators of that level the person says they meet, in the framework's words.
    public let indicators: [String]

    public init(level: Int, evidence: String, indicators: [String]) {
        self.level = level
        self.evidence = evidence
        self.indicators = indicators
    }
}

/// The manager's decision on a proposal.
public struct SkillDecision: Sendable, Equatable {
    public let level: Int
    public let comment: String?

    public init(level: Int, comment: String?) {
        self.level = level
        self.comment = comment
    }

    /// Confirmed when the level is the one proposed, changed otherwise.
    public func status(proposed: Int) -> SkillAssessmentStatus { level == proposed ? .confirmed : .changed }
}

/// The rules for proposing a level and deciding on it (AXELOS §1.2: the person assesses
/// themselves against the levels, a manager reviews).
public enum SkillAssessmentRules {
    public static let evidenceLimit = 4000
    public static let commentLimit = 2000

    /// A proposal as typed: a level described for the skill, evidence, and indicators of that
    /// level only. Fields: `level`, `evidence`, `indicators`.
    /// - Parameter indicatorsAt: the framework's indicators for the skill, per level.
    public static func proposal(level raw: String?, evidence: String?, indicators: [String], skill: SkillRef,
                                indicatorsAt: [Int: [String]]) -> Validated<SkillProposal> {
        var check = FieldChecker()
        let level = self.level(raw, skill: skill, check: &check)
        let text = check.required("evidence", evidence, name: "Evidence",
                                  missing: "Say what you have done that shows this level", maxLength: evidenceLimit, multiline: true)
        let ticked = indicators.filter { !$0.isEmpty }
        if let level, let known = indicatorsAt[level], let stray = ticked.first(where: { !known.contains($0) }) {
            check.add("indicators", "“\(stray.prefix(60))” is not an indicator of \(skill.name) at level \(level)")
        }
        guard let level else { return .invalid(check.errors) }
        return check.result(SkillProposal(level: level, evidence: text, indicators: ticked))
    }

    /// A decision as typed: a level described for the skill, and a comment whenever it is not
    /// the level proposed. Fields: `level`, `comment`.
    public static func decision(level raw: String?, comment: String?, proposed: Int, skill: SkillRef) -> Validated<SkillDecision> {
        var check = FieldChecker()
        let level = self.level(raw, skill: skill, check: &check)
        let note = check.optional("comment", comment, name: "Comment", maxLength: commentLimit, multiline: true)
        if let level, level != proposed, note == nil {
            check.add("comment", "Say why the level is \(level) rather than the \(proposed) proposed")
        }
        guard let level else { return .invalid(check.errors) }
        return check.result(SkillDecision(level: level, comment: note))
    }

    private static func level(_ raw: String?, skill: SkillRef, check: inout FieldChecker) -> Int? {
        let text = (raw ?? "").trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else {
            check.add("level", "Choose a level")
            return nil
        }
        guard let level = Int(text) else {
            check.add("level", "Level must be a whole number, like 3")
            return nil
        }
        if let problem = skill.problem(with: level) {
            check.add("level", problem)
            return nil
        }
        return level
    }
}
