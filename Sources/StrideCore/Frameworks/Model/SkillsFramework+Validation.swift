import Foundation

extension SkillsFramework {
    /// Everything that makes this framework unfit to store, as readable sentences; empty when
    /// the framework is valid.
    ///
    /// The rules keep the stored data unambiguous: skills are found by name and code, levels
    /// are compared across skills by number, and a level is either defined with text or not.
    /// - Parameter allowingNoSkills: whether a framework still being written in Stride's editor,
    ///   which has its scale but no competencies yet, passes.
    public func validationProblems(allowingNoSkills: Bool = false) -> [String] {
        var problems: [String] = []
        if FrameworkText.isBlank(name) { problems.append("the framework has no name") }
        if FrameworkText.isBlank(version) { problems.append("the framework has no version") }
        problems += textProblems()
        problems += levelScaleProblems()
        problems += categoryProblems()
        if skills.isEmpty, !allowingNoSkills { problems.append("the framework has no skills") }
        problems += duplicates(skills.map(\.name), what: "skill name")
        problems += duplicates(skills.compactMap(\.code), what: "skill code")
        for skill in skills {
            problems += skillProblems(skill)
        }
        return problems
    }

    /// Throws `FrameworkImportError.invalidFramework` listing every problem, if there are any.
    public func validate() throws {
        let problems = validationProblems()
        guard problems.isEmpty else { throw FrameworkImportError.invalidFramework(problems) }
    }

    private func levelScaleProblems() -> [String] {
        var problems: [String] = []
        if levelScale.levels.isEmpty { problems.append("the level scale is empty") }
        for level in levelScale.levels {
            if level.number < 1 { problems.append("scale level \(level.number) is not a positive number") }
            if FrameworkText.isBlank(level.name) { problems.append("scale level \(level.number) has no name") }
        }
        problems += duplicates(levelScale.levels.map { String($0.number) }, what: "scale level number")
        return problems
    }

    private func categoryProblems() -> [String] {
        var problems = duplicates(categories.map(\.name), what: "category name")
        for category in categories {
            if FrameworkText.isBlank(category.name) { problems.append("a category has no name") }
            problems += duplicates(category.subcategories, what: "subcategory of \"\(category.name)\"")
        }
        return problems
    }

    private func skillProblems(_ skill: Skill) -> [String] {
        let label = "skill \"\(skill.name)\""
        var problems: [String] = []
        if FrameworkText.isBlank(skill.name) { problems.append("a skill has no name") }
        if let code = skill.code, FrameworkText.isBlank(code) { problems.append("\(label) has an empty code") }
        let categoryKey = FrameworkIdentity.key(skill.category)
        if let category = categories.first(where: { FrameworkIdentity.key($0.name) == categoryKey }) {
            if let subcategory = skill.subcategory, !category.contains(subcategory: subcategory) {
                problems.append("\(label) names subcategory \"\(subcategory)\", which category \"\(category.name)\" does not have")
            }
        } else {
            problems.append("\(label) names category \"\(skill.category)\", which the framework does not have")
        }
        var previous = Int.min
        for level in skill.levels {
            if !levelScale.contains(level.number) {
                problems.append("\(label) has level \(level.number), which is outside the scale \(levelScale.numbers)")
            }
            if level.number <= previous {
                problems.append("\(label) lists level \(level.number) twice or out of order")
            }
            previous = level.number
            if case .defined(let summary, let indicators) = level.definition {
                if FrameworkText.isBlank(summary) { problems.append("\(label) level \(level.number) has an empty summary") }
                if indicators.contains(where: FrameworkText.isBlank) {
                    problems.append("\(label) level \(level.number) has an empty indicator")
                }
            }
        }
        return problems
    }

    private func duplicates(_ values: [String], what: String) -> [String] {
        var seen = Set<String>()
        var reported = Set<String>()
        var problems: [String] = []
        for value in values {
            let key = FrameworkIdentity.key(value)
            if !seen.insert(key).inserted, reported.insert(key).inserted {
                problems.append("duplicate \(what) \"\(value)\"")
            }
        }
        return problems
    }

    /// The `TextRule` over every text of the framework, with the limits each kind of text has.
    private func textProblems() -> [String] {
        var checks: [(String, String, Int, Bool)] = [
            ("the framework name", name, Limits.name, false), ("the version", version, Limits.code, false),
            ("the publisher", publisher, Limits.name, false),
        ]
        checks += levelScale.levels.flatMap { level in
            [("the name of scale level \(level.number)", level.name, Limits.name, false)]
                + (level.descriptor.map { [("the descriptor of scale level \(level.number)", $0, Limits.text, true)] } ?? [])
        }
        checks += categories.flatMap { category in
            [("category \"\(category.name.prefix(40))\"", category.name, Limits.name, false)]
                + category.subcategories.map { ("a subcategory of \"\(category.name.prefix(40))\"", $0, Limits.name, false) }
        }
        for skill in skills {
            let label = "skill \"\(skill.name.prefix(40))\""
            checks.append(("the name of \(label)", skill.name, Limits.name, false))
            if let code = skill.code { checks.append(("the code of \(label)", code, Limits.code, false)) }
            checks.append(("the description of \(label)", skill.description, Limits.text, true))
            checks += skill.guidanceNotes.map { ("a guidance note of \(label)", $0, Limits.text, true) }
            checks += skill.activities.map { ("an activity of \(label)", $0, Limits.text, true) }
            for level in skill.levels {
                let where_ = "\(label) level \(level.number)"
                if let summary = level.summary { checks.append(("the summary of \(where_)", summary, Limits.text, true)) }
                checks += level.indicators.map { ("an indicator of \(where_)", $0, Limits.text, true) }
                if let note = level.note { checks.append(("the note of \(where_)", note, Limits.text, true)) }
            }
        }
        return checks.compactMap { what, text, limit, multiline in
            TextRule.problem(in: text, maxLength: limit, multiline: multiline).map { "\(what) \(TextRule.describe($0))" }
        }
    }

    /// The longest texts a framework may hold, in characters.
    public enum Limits {
        public static let name = 200
        public static let code = 40
        public static let text = 20_000
    }
}
