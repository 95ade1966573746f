import Foundation

/// A competency (a skill of the organisation's own framework) as HR types it in the editor: its
/// code, name, category and description, and at each level of the framework's scale a summary and
/// indicators (one per line). A level left blank is not described.
public struct CompetencyInput: Sendable, Equatable {
    /// One level as typed.
    public struct Level: Sendable, Equatable {
        public var summary: String?
        /// The indicators, one per line.
        public var indicators: String?

        public init(summary: String? = nil, indicators: String? = nil) {
            self.summary = summary
            self.indicators = indicators
        }
    }

    public var code: String?
    public var name: String?
    public var category: String?
    public var description: String?
    /// By level number of the framework's scale.
    public var levels: [Int: Level]

    public init(code: String? = nil, name: String? = nil, category: String? = nil, description: String? = nil, levels: [Int: Level] = [:]) {
        self.code = code
        self.name = name
        self.category = category
        self.description = description
        self.levels = levels
    }

    /// The input filled in from a stored skill.
    public init(_ skill: Skill) {
        self.init(code: skill.code, name: skill.name, category: skill.category, description: skill.description,
                  levels: Dictionary(skill.levels.filter(\.isDefined).map {
                      ($0.number, Level(summary: $0.summary, indicators: $0.indicators.joined(separator: "\n")))
                  }, uniquingKeysWith: { a, _ in a }))
    }

    /// Every problem by field, in page order: `code`, `name` (unique in the framework, as is the
    /// code), `category`, `description`, then `level-N-summary` / `level-N-indicators` for each
    /// level of `scale`; at least one level must be described.
    /// - Parameters:
    ///   - existing: the framework's other skills, whose names and codes this one may not take.
    ///   - base: the skill as stored, whose guidance, activities and notes the editor keeps.
    public func validate(scale: [Int], existing: [Skill], base: Skill?) -> Validated<Skill> {
        var check = FieldChecker()
        let code = check.optional("code", code, name: "Code", maxLength: 20)
        let name = check.required("name", name, name: "Name", missing: "Enter the competency's name", maxLength: 120)
        if !name.isEmpty, existing.contains(where: { $0.name.lowercased() == name.lowercased() }) {
            check.add("name", "The framework already has a competency named \(name)")
        }
        if let code, existing.contains(where: { $0.code?.lowercased() == code.lowercased() }) {
            check.add("code", "The framework already has a competency with the code \(code)")
        }
        let category = check.required("category", category, name: "Category", missing: "Enter the category it belongs to, like Core",
                                      maxLength: 120)
        let description = check.required("description", description, name: "Description", missing: "Describe what the competency is",
                                         maxLength: 2000, multiline: true)
        var levels: [SkillLevel] = []
        for number in scale.sorted() {
            let typed = self.levels[number] ?? Level()
            let summary = check.optional("level-\(number)-summary", typed.summary, name: "Level \(number)'s summary", maxLength: 1000,
                                         multiline: true)
            let lines = (typed.indicators ?? "").split(whereSeparator: \.isNewline)
                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            for line in lines {
                check.applyTextRule("level-\(number)-indicators", line, name: "Each indicator of level \(number)", maxLength: 500)
            }
            if summary == nil, !lines.isEmpty {
                check.add("level-\(number)-summary", "Summarise level \(number), or remove its indicators")
            }
            let note = base?.level(number)?.note
            if let summary { levels.append(.defined(number, summary: summary, indicators: lines, note: note)) }
        }
        if levels.isEmpty, !scale.isEmpty {
            check.add("level-\(scale.sorted()[0])-summary", "Describe the competency at one level at least")
        }
        return check.result(Skill(code: code, name: name, category: category, subcategory: base?.subcategory, description: description,
                                  summaryDescription: base?.summaryDescription, guidanceNotes: base?.guidanceNotes ?? [],
                                  activities: base?.activities ?? [], levels: levels))
    }
}

extension SkillsFramework {
    /// The framework with `skill` in place of the skill at `index` (added at the end when nil),
    /// and its category added to the framework's categories when it is a new one.
    public func replacing(_ index: Int?, with skill: Skill) -> SkillsFramework {
        var framework = self
        if let index { framework.skills[index] = skill } else { framework.skills.append(skill) }
        if !categories.contains(where: { FrameworkIdentity.key($0.name) == FrameworkIdentity.key(skill.category) }) {
            framework.categories.append(SkillCategory(name: skill.category))
        }
        return framework
    }
}
