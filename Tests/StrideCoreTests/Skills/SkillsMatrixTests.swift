import Foundation
import StrideCore
import Testing

/// A team's confirmed levels against what the team needs.
@Suite struct SkillsMatrixTests {
    @Test func neededSkillsComeFirstAndTheOnesNobodyHoldsAtTheLevelAreUncovered() {
        let data = SkillGapsTests.skill("Data management"), testing = SkillGapsTests.skill("Testing")
        let coaching = SkillGapsTests.skill("Coaching"), audit = SkillGapsTests.skill("Audit")
        let ana = SkillsMatrix.Person(id: UUID(), name: "Ana", levels: [data.id: 5, coaching.id: 3, audit.id: 2])
        let ben = SkillsMatrix.Person(id: UUID(), name: "Ben", levels: [data.id: 3, testing.id: 2])
        let matrix = SkillsMatrix(people: [ana, ben], needs: [SkillRequirement(skill: testing, level: 3),
                                                              SkillRequirement(skill: data, level: 4, essential: false)],
                                  skills: [data.id: data, testing.id: testing, coaching.id: coaching, audit.id: audit])
        // Needs in their order, then the other skills held by name.
        #expect(matrix.columns.map(\.skill.name) == ["Testing", "Data management", "Audit", "Coaching"])
        #expect(matrix.columns.map(\.needed) == [3, 4, nil, nil])
        #expect(matrix.columns.map(\.holders) == [0, 1, 1, 1])
        #expect(matrix.columns.map(\.best) == [2, 5, 2, 3])
        #expect(matrix.uncovered.map(\.skill.name) == ["Testing"])
        #expect(matrix.rows.map(\.levels) == [[nil, 5, 2, 3], [2, 3, nil, nil]])
        #expect(matrix.columns[1].essential == false && matrix.columns[0].essential)
    }

    @Test func aSkillNobodyHoldsIsUncoveredAndAnEmptyTeamCoversNothing() {
        let data = SkillGapsTests.skill("Data management")
        let empty = SkillsMatrix(people: [], needs: [SkillRequirement(skill: data, level: 2)], skills: [:])
        #expect(empty.uncovered.map(\.skill) == [data] && empty.rows.isEmpty && empty.columns[0].best == nil)
        let nobody = SkillsMatrix(people: [.init(id: UUID(), name: "Cy", levels: [:])], needs: [], skills: [:])
        #expect(nobody.columns.isEmpty && nobody.rows.map(\.levels) == [[]])
    }

    @Test func theShadeFollowsTheLevelsPlaceOnItsScale() {
        let sfia = Array(1...7)
        #expect([nil, 1, 2, 4, 6, 7].map { SkillsMatrix.shade($0, on: sfia) } == [0, 1, 2, 3, 4, 4])
        #expect(SkillsMatrix.shade(3, on: [3]) == 4 && SkillsMatrix.shade(3, on: []) == 0)
    }

    @Test func theRolesOfAUnitCombineIntoOneListAtTheHighestLevelAsked() {
        let data = SkillGapsTests.skill("Data management"), testing = SkillGapsTests.skill("Testing")
        let combined = SkillRequirement.combined([
            [SkillRequirement(skill: testing, level: 2, essential: false), SkillRequirement(skill: data, level: 3, essential: false)],
            [SkillRequirement(skill: testing, level: 4, essential: false), SkillRequirement(skill: data, level: 2)],
        ])
        #expect(combined == [SkillRequirement(skill: data, level: 3), SkillRequirement(skill: testing, level: 4, essential: false)])
        #expect(SkillRequirement.combined([]).isEmpty)
    }
}
