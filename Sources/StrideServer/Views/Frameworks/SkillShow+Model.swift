import Foundation
import StrideCore

/// The model of `frameworks/skill.leaf`: one skill with every level of the scale, defined or not.
struct SkillShowModel: Encodable {
    struct Level: Encodable {
        let number: Int
        let name: String
        let defined: Bool
        let summary: String?
        let indicators: [String]
        let note: String?
    }

    let frameworksHref: String
    let frameworkName: String
    let frameworkHref: String
    let name: String
    let code: String?
    let category: String
    let subcategory: String?
    let description: String
    let guidanceNotes: [String]
    let activities: [String]
    let levels: [Level]
    /// For HR on the organisation's own framework.
    let editHref: String?
    let removeHref: String?

    init(_ skill: Skill, in framework: SkillsFramework, frameworkID: UUID, skillID: UUID, mayEdit: Bool) {
        editHref = mayEdit ? StridePath.editCompetency(framework: frameworkID, skill: skillID).href : nil
        removeHref = mayEdit ? StridePath.removeCompetency(framework: frameworkID, skill: skillID).href : nil
        frameworksHref = StridePath.frameworks.href
        frameworkName = "\(framework.name) \(framework.version)"
        frameworkHref = StridePath.framework(frameworkID).href
        name = skill.name
        code = skill.code
        category = skill.category
        subcategory = skill.subcategory
        description = skill.description
        guidanceNotes = skill.guidanceNotes
        activities = skill.activities
        // Every level of the scale is shown, defined or not, so the gaps are visible too.
        levels = framework.levelScale.levels.map { scaleLevel in
            let level = skill.level(scaleLevel.number)
            // SFIA pages open each level's list with the summary itself: shown once, as the summary.
            var indicators = level?.indicators ?? []
            if let first = indicators.first, first == level?.summary { indicators.removeFirst() }
            return Level(number: scaleLevel.number, name: scaleLevel.name, defined: level?.isDefined ?? false,
                         summary: level?.summary, indicators: indicators, note: level?.note)
        }
    }
}
