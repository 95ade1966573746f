import Foundation
import StrideCore
import Testing

/// Ranking a workgroup's members for a task by the skills it needs.
@Suite struct WorkAllocationTests {
    @Test func theSmallestShortfallComesFirstThenTheFewestOpenTasksAndTiesShareARank() {
        let data = SkillGapsTests.skill("Data management"), testing = SkillGapsTests.skill("Testing")
        let needs = [SkillRequirement(skill: data, level: 4), SkillRequirement(skill: testing, level: 3)]
        func member(_ name: String, _ levels: [UUID: Int], tasks: Int) -> WorkAllocation.Candidate {
            .init(id: UUID(), name: name, levels: levels, openTasks: tasks)
        }
        let ranked = WorkAllocation.rank([
            member("Zoe", [data.id: 4, testing.id: 3], tasks: 2),
            member("Amir", [data.id: 5, testing.id: 4], tasks: 2),
            member("Bea", [data.id: 3], tasks: 0),
            member("Carl", [data.id: 4, testing.id: 3], tasks: 1),
            member("Dana", [:], tasks: 0),
        ], for: needs)
        #expect(ranked.map { "\($0.rank) \($0.candidate.name) \($0.totalShortfall)" }
            == ["1 Carl 0", "2 Amir 0", "2 Zoe 0", "4 Bea 4", "5 Dana 7"])
        #expect(ranked[0].explanation == "Meets every requirement; 1 open task.")
        #expect(ranked[3].explanation == "Short by 4 levels: Data management (holds 3, needs 4), Testing (not assessed, needs 3); no open tasks.")
        #expect(ranked[3].shortfalls.map(\.levels) == [1, 3])
        #expect(WorkAllocation.rank([member("Eve", [:], tasks: 0)], for: []).map(\.explanation) == ["No skills asked for; no open tasks."])
    }

    @Test func theWordsNeverStateTheLevelsOfACandidateWhoseRecordTheReaderMayNotOpen() {
        let data = SkillGapsTests.skill("Data management")
        let ranked = WorkAllocation.rank([.init(id: UUID(), name: "Fay", levels: [data.id: 2], openTasks: 0, levelsShared: false)],
                                         for: [SkillRequirement(skill: data, level: 4)])
        #expect(ranked.map(\.explanation) == ["Ranked on levels not shared with you; no open tasks."])
        #expect(ranked[0].totalShortfall == 2)
    }
}
