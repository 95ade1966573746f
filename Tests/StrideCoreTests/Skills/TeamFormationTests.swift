import Foundation
import StrideCore
import Testing

/// Suggesting people who together cover a workgroup's needs, and saying what nobody covers.
@Suite struct TeamFormationTests {
    static func skill(_ name: String) -> SkillRef { SkillRef(id: UUID(), name: name, frameworkName: "SFIA", scale: Array(1...7), definedLevels: Array(1...7)) }
    static let data = skill("Data analysis"), design = skill("User research"), security = skill("Security"), finance = skill("Budgeting")
    static let needs = [SkillRequirement(skill: data, level: 4), SkillRequirement(skill: design, level: 3), SkillRequirement(skill: security, level: 5),
                        SkillRequirement(skill: finance, level: 3)]

    static func person(_ name: String, _ levels: [SkillRef: Int], tasks: Int = 0) -> WorkAllocation.Candidate {
        WorkAllocation.Candidate(id: UUID(), name: name, levels: Dictionary(uniqueKeysWithValues: levels.map { ($0.key.id, $0.value) }), openTasks: tasks)
    }

    @Test func theGreedyCoverTakesWhoeverCoversMostThenReportsWhatIsLeft() {
        let ana = Self.person("Ana", [Self.data: 5, Self.design: 3]), ben = Self.person("Ben", [Self.data: 4])
        let cy = Self.person("Cy", [Self.security: 4]), dee = Self.person("Dee", [Self.finance: 3, Self.security: 2])
        let suggestion = TeamFormation.suggest([ben, cy, dee, ana], for: Self.needs)
        #expect(suggestion.members.map(\.candidate.name) == ["Ana", "Dee"])
        #expect(suggestion.members[0].covers.map(\.skill) == [Self.data, Self.design])
        #expect(suggestion.uncovered.map(\.skill) == [Self.security], "Cy holds level 4, below the 5 needed")
    }

    @Test func tiesGoToTheLessLoadedAndASizeLimitStopsEarly() {
        let busy = Self.person("Aaron", [Self.data: 6], tasks: 3), free = Self.person("Zoe", [Self.data: 4], tasks: 0)
        #expect(TeamFormation.suggest([busy, free], for: Array(Self.needs.prefix(1))).members.map(\.candidate.name) == ["Zoe"])
        let all = Self.person("All", [Self.data: 7, Self.design: 7]), fin = Self.person("Fin", [Self.finance: 5])
        let one = TeamFormation.suggest([all, fin], for: Self.needs, size: 1)
        #expect(one.members.count == 1 && one.uncovered.map(\.skill) == [Self.security, Self.finance])
        #expect(TeamFormation.suggest([], for: Self.needs).uncovered == Self.needs)
    }
}
