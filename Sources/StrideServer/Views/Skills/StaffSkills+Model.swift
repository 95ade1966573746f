import Foundation
import StrideCore

/// A person's skills against their role (`skills/person`): each required skill with its gap,
/// what to develop first, what waits for a decision, the history, and the forms the viewer may use.
struct StaffSkillsModel: Encodable {
    struct Gap: Encodable {
        let skill: String
        let skillHref: String?
        let required: Int
        let confirmed: String
        let gap: Int
        let importance: String
        let isMet: Bool
    }

    struct Waiting: Encodable {
        let skill: String
        let level: Int
        let evidence: String
        let indicators: [String]
        let proposedOn: String
        /// Set when the viewer may decide on it.
        let decideAction: String?
        let fields: [FormField]
    }

    struct Entry: Encodable {
        let skill: String
        let proposedOn: String
        let proposed: Int
        let decided: String
        let status: String
        let comment: String?
    }

    /// A skill's confirmed levels over time, as a sparkline with its latest level.
    struct Trend: Encodable {
        let skill: String
        let current: Int
        let needed: String
        let line: StepLine
    }

    let name: String
    let role: PageLink?
    let gaps: [Gap]
    let priorities: [String]
    let suggestion: String?
    let waiting: [Waiting]
    let history: [Entry]
    let trends: [Trend]
    /// Set for the person themselves: the form to propose a level.
    let proposeAction: String?
    let proposeFields: [FormField]
    let proposeButtons: [FormButtons]

    /// The proposal form as typed (or asked for in a link).
    struct Proposal: Sendable {
        var skill = ""
        var level = ""
        var evidence = ""
        var indicators: [String] = []

        var chosenSkill: UUID? { UUID(uuidString: skill.trimmingCharacters(in: .whitespaces)) }
    }

    static let propose = FormButton("Propose this level", value: "propose", style: .primary)
    static let showIndicators = FormButton("Show this level's indicators", value: "indicators")

    struct Inputs {
        let person: StaffRows.Listed
        let gaps: SkillGapsQuery.Gaps
        let skills: [SkillRefs.Listed]
        let assessments: [SkillAssessmentRecord]
        let mayPropose: Bool
        let mayDecide: Bool
        let today: CalendarDate
        /// The indicators of each level of the skill chosen in the proposal form.
        let indicators: [Int: [String]]
    }

    /// A decision the viewer sent that was refused: its proposal, what they typed, the problems.
    struct RefusedDecision {
        let id: UUID
        let values: [String: String]
        let errors: [FieldError]
    }

    init(_ inputs: Inputs, proposal: Proposal, errors: [FieldError], decision: RefusedDecision? = nil) throws {
        name = inputs.person.record.name
        role = inputs.gaps.role.map { PageLink(label: $0.name, href: StridePath.roleProfile($0.id).href) }
        let frameworkOf = Dictionary(inputs.skills.map { ($0.ref.id, $0.frameworkID) }, uniquingKeysWith: { a, _ in a })
        let nameOf = Dictionary(inputs.skills.map { ($0.ref.id, $0.ref.name) }, uniquingKeysWith: { a, _ in a })
        gaps = inputs.gaps.gaps.map { gap in
            Gap(skill: gap.skill.name, skillHref: frameworkOf[gap.skill.id].map { StridePath.skill(framework: $0, skill: gap.skill.id).href },
                required: gap.requirement.level, confirmed: gap.confirmed.map(String.init) ?? "None",
                gap: gap.gap, importance: gap.requirement.essential ? "Essential" : "Desirable", isMet: gap.isMet)
        }
        let priorities = SkillGaps.priorities(inputs.gaps.gaps)
        self.priorities = priorities.map {
            "\($0.skill.name): from \($0.confirmed.map { "level \($0)" } ?? "no confirmed level") to level \($0.requirement.level)"
                + " (\($0.requirement.essential ? "essential" : "desirable"))"
        }
        suggestion = inputs.gaps.suggestedObjective
        waiting = try inputs.assessments.filter { $0.status == .proposed }.map { row in
            let id = try row.requireID()
            return Waiting(skill: nameOf[row.$skill.id] ?? "", level: row.level, evidence: row.evidence,
                           indicators: JSONList.decode(row.indicatorsJSON), proposedOn: DisplayDate.long(CalendarDate(utc: row.proposedAt)),
                           decideAction: inputs.mayDecide ? StridePath.skillDecision(id).href : nil,
                           fields: inputs.mayDecide
                               ? Self.decisionFields(id, level: row.level, values: decision?.id == id ? decision!.values : [:],
                                                     errors: decision?.id == id ? decision!.errors : [])
                               : [])
        }
        history = inputs.assessments.reversed().map { row in
            Entry(skill: nameOf[row.$skill.id] ?? "", proposedOn: DisplayDate.long(CalendarDate(utc: row.proposedAt)), proposed: row.level,
                  decided: row.decidedLevel.map(String.init) ?? "—", status: row.status.displayName, comment: row.comment)
        }
        let refs = Dictionary(inputs.skills.map { ($0.ref.id, $0.ref) }, uniquingKeysWith: { a, _ in a })
        let needed = Dictionary(inputs.gaps.gaps.map { ($0.skill.id, $0.requirement.level) }, uniquingKeysWith: { a, _ in a })
        let decided = inputs.assessments.filter { $0.decidedAt != nil && $0.decidedLevel != nil }.sorted { $0.decidedAt! < $1.decidedAt! }
        trends = Dictionary(grouping: decided, by: { $0.$skill.id }).compactMap { skillID, rows -> Trend? in
            guard let skill = refs[skillID] else { return nil }
            let steps = rows.map { (on: CalendarDate(utc: $0.decidedAt!), level: $0.decidedLevel!) }
            return Trend(skill: skill.name, current: steps.last!.level, needed: needed[skillID].map(String.init) ?? "—",
                         line: StepLine(steps: steps, scale: skill.scale, target: needed[skillID], today: inputs.today, subject: skill.name))
        }.sorted { $0.skill.lowercased() < $1.skill.lowercased() }
        let mine = inputs.person.record.id
        proposeAction = inputs.mayPropose ? StridePath.staffSkills(mine).href : nil
        let required = Set(inputs.gaps.gaps.map(\.skill.id))
        let ordered = inputs.skills.filter { required.contains($0.ref.id) } + inputs.skills.filter { !required.contains($0.ref.id) }
        let chosen = proposal.skill.lowercased()
        let offered = Int(proposal.level.trimmingCharacters(in: .whitespaces)).flatMap { inputs.indicators[$0] } ?? []
        let ticked = Set(proposal.indicators)
        let indicatorField = offered.isEmpty ? [] : [
            FormField("indicators", .checkboxes, label: "Indicators of level \(proposal.level) you meet (optional)",
                      hint: "In the framework's words; tick those your evidence shows", value: nil, errors: errors,
                      options: offered.map { .init(value: $0, label: $0, selected: ticked.contains($0)) }),
        ]
        proposeButtons = inputs.mayPropose ? [FormButtons([Self.propose, Self.showIndicators])] : []
        proposeFields = !inputs.mayPropose ? [] : [
            FormField("skill", .select, label: "Skill", hint: "Your role's skills come first", value: chosen, errors: errors,
                      options: [.init(value: "", label: "Choose a skill", selected: chosen.isEmpty)] + ordered.map {
                          .init(value: $0.ref.id.uuidString.lowercased(), label: "\($0.ref.name) — \($0.framework)",
                                selected: $0.ref.id.uuidString.lowercased() == chosen)
                      }),
            FormField("level", .text, label: "The level you work at",
                      hint: "A level the skill is described at, like 3; show its indicators to tick those you meet",
                      value: proposal.level, errors: errors, width: "4"),
        ] + indicatorField + [
            FormField("evidence", .textarea, label: "Evidence", hint: "What you have done that shows this level.",
                      value: proposal.evidence, errors: errors, maxLength: SkillAssessmentRules.evidenceLimit, rows: 4),
        ]
    }

    /// The page's ids for a decision's fields, one pair per proposal waiting: `decision-<id>-level`.
    static func decisionField(_ id: UUID, _ part: String) -> String { "decision-\(id.uuidString.lowercased())-\(part)" }

    static func decisionFields(_ id: UUID, level: Int, values: [String: String] = [:], errors: [FieldError] = []) -> [FormField] {
        [
            FormField(decisionField(id, "level"), .text, label: "Level", hint: "The level proposed confirms it; another level changes it",
                      value: values["level"] ?? String(level), errors: errors, width: "4"),
            FormField(decisionField(id, "comment"), .textarea, label: "Comment (needed for another level)", value: values["comment"],
                      errors: errors, maxLength: SkillAssessmentRules.commentLimit, rows: 2),
        ]
    }
}
