import Foundation
import StrideCore
import Testing

/// A workgroup's task: what makes one valid and how its status moves.
@Suite struct WorkTaskTests {
    static let today = CalendarDate(year: 2026, month: 3, day: 1)!

    @Test func aTaskNeedsATitleAFutureDueDateItsSkillsAndAMember() {
        let data = SkillGapsTests.skill("Data management"), member = UUID()
        let skills = [data.id: data]
        let empty = WorkTaskInput(requirements: [.init()]).validate(skills: skills, members: [member], today: Self.today)
        #expect(empty.errors.map(\.field) == ["title", "dueOn", "requirements", "assignee"])
        #expect(empty.errors.last?.message == "Choose who does the task")
        let bad = WorkTaskInput(title: "Clean the ledger", dueOn: "2026-02-28",
                                requirements: [.init(skill: data.id.uuidString, level: "1")], assignee: UUID().uuidString)
            .validate(skills: skills, members: [member], today: Self.today)
        #expect(bad.errors == [FieldError("dueOn", "The due date must be today or later"),
                               FieldError("requirements[0].level", "Skill 1: Data management is not described at level 1: choose 2–5"),
                               FieldError("assignee", "Choose a member of the workgroup")])
        let good = WorkTaskInput(title: " Clean the ledger ", dueOn: "2026-03-01",
                                 requirements: [.init(skill: data.id.uuidString, level: "4", importance: "desirable")],
                                 assignee: member.uuidString).validate(skills: skills, members: [member], today: Self.today)
        // A task's skills are all needed: a stray importance is ignored.
        #expect(good.value == WorkTaskDetails(title: "Clean the ledger", description: nil, dueOn: Self.today,
                                              requirements: [SkillRequirement(skill: data, level: 4)], assigneeID: member))
        #expect(WorkTaskInput(requirements: [.init(skill: data.id.uuidString, level: "3")]).requirements(skills: skills).value
            == [SkillRequirement(skill: data, level: 3)])
    }

    @Test func openWorkMovesFreelyAndClosedWorkOnlyReopens() {
        #expect(WorkTaskStatus.allCases.filter(\.isOpen) == [.open, .inProgress])
        #expect(WorkTaskStatus.done.next == [.inProgress] && WorkTaskStatus.cancelled.next == [.open])
        for status in WorkTaskStatus.allCases { #expect(!status.next.contains(status)) }
    }
}
