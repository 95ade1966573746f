import Foundation
import StrideCore

/// The model of `frameworks/show.leaf`: the level scale and the skills by category, filtered.
struct FrameworkShowModel: Encodable {
    struct ScaleRow: Encodable {
        let number: Int
        let name: String
        let descriptor: String?
    }

    struct SkillRow: Encodable {
        let name: String
        let code: String?
        let href: String
        let description: String
        let levels: String
    }

    struct CategoryGroup: Encodable {
        let name: String
        let skills: [SkillRow]
    }

    let frameworksHref: String
    let name: String
    let version: String
    let publisher: String
    let source: String
    let scale: [ScaleRow]
    let query: String
    let groups: [CategoryGroup]
    let shown: Int
    let total: Int
    let filterAction: String
    let exportHref: String
    /// Whether appraisals choose their competencies from this framework.
    let isCompetencyFramework: Bool
    /// Where HR makes it the competency framework; nil for others, or when it already is.
    let competencyAction: String?
    /// For HR on the organisation's own framework: adding a competency, starting a new version.
    let newCompetencyHref: String?
    let newVersionHref: String?
    /// Counts saves and re-imports, starting at 1.
    let revision: Int

    init(_ loaded: FrameworkStore.Loaded, id: UUID, query: String, isCompetencyFramework: Bool, mayMark: Bool, mayEdit: Bool, revision: Int) {
        newCompetencyHref = mayEdit ? StridePath.newCompetency(id).href : nil
        newVersionHref = mayEdit ? StridePath.newFrameworkVersion(id).href : nil
        self.revision = revision
        self.isCompetencyFramework = isCompetencyFramework
        competencyAction = mayMark && !isCompetencyFramework ? StridePath.competencyFramework(id).href : nil
        let framework = loaded.framework
        let needle = query.lowercased()
        let matching = zip(framework.skills, loaded.skillIDs).filter { skill, _ in
            needle.isEmpty || [skill.name, skill.code ?? "", skill.description, skill.category].contains { $0.lowercased().contains(needle) }
        }
        // Categories in the framework's order, then any a skill names that the list lacks.
        let order = framework.categories.map(\.name) + matching.map(\.0.category)
        var seen: Set<String> = []
        groups = order.filter { seen.insert($0).inserted }.compactMap { category -> CategoryGroup? in
            let skills = matching.filter { $0.0.category == category }.map { skill, skillID in
                SkillRow(name: skill.name, code: skill.code, href: StridePath.skill(framework: id, skill: skillID).href,
                         description: skill.description, levels: Self.levelSummary(skill))
            }
            return skills.isEmpty ? nil : CategoryGroup(name: category, skills: skills)
        }
        frameworksHref = StridePath.frameworks.href
        name = framework.name
        version = framework.version
        publisher = framework.publisher
        source = [framework.source.fileName, "imported \(DisplayDate.long(CalendarDate(utc: framework.source.importedAt)))"]
            .compactMap { $0 }.joined(separator: ", ")
        scale = framework.levelScale.levels.map { ScaleRow(number: $0.number, name: $0.name, descriptor: $0.descriptor) }
        self.query = query
        shown = matching.count
        total = framework.skills.count
        filterAction = StridePath.framework(id).href
        exportHref = StridePath.frameworkExport(id).href
    }

    /// "Levels 3–5", "Levels 2, 4", "No levels defined".
    static func levelSummary(_ skill: Skill) -> String {
        let numbers = skill.definedLevelNumbers
        guard let first = numbers.first, let last = numbers.last else { return "No levels defined" }
        if numbers.count == 1 { return "Level \(first)" }
        if numbers == Array(first...last) { return "Levels \(first)–\(last)" }
        return "Levels " + numbers.map(String.init).joined(separator: ", ")
    }
}
