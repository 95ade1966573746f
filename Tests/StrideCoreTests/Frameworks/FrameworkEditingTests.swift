import Foundation
import StrideCore
import Testing

/// Editing the organisation's own competencies: what a valid one is, and what a framework in use
/// lets change.
@Suite struct FrameworkEditingTests {
    static let teamwork = Skill(code: "TEAM", name: "Teamwork", category: "Core", description: "Works with others.",
                                guidanceNotes: ["Kept by the editor"], levels: [
                                    .defined(1, summary: "Shares information.", indicators: ["Answers questions"], note: "A note"),
                                    .defined(3, summary: "Leads joint work.", indicators: []),
                                ])

    @Test func aCompetencyNeedsANameACategoryADescriptionAndOneLevelNamedOnce() {
        let empty = CompetencyInput().validate(scale: [1, 2, 3], existing: [], base: nil)
        #expect(empty.errors.map(\.field) == ["name", "category", "description", "level-1-summary"])
        let clash = CompetencyInput(code: "team", name: "teamwork", category: "Core", description: "x",
                                    levels: [2: .init(summary: nil, indicators: "Helps\n")])
            .validate(scale: [1, 2, 3], existing: [Self.teamwork], base: nil)
        #expect(clash.errors == [
            FieldError("name", "The framework already has a competency named teamwork"),
            FieldError("code", "The framework already has a competency with the code team"),
            FieldError("level-2-summary", "Summarise level 2, or remove its indicators"),
            FieldError("level-1-summary", "Describe the competency at one level at least"),
        ])
    }

    @Test func theEditorKeepsWhatItDoesNotShowAndReadsIndicatorsByLine() {
        var input = CompetencyInput(Self.teamwork)
        #expect(input.levels[1] == .init(summary: "Shares information.", indicators: "Answers questions"))
        input.levels[1]?.indicators = " Answers questions \n\n Offers help "
        input.levels[3] = .init(summary: "", indicators: "")
        let skill = try! #require(input.validate(scale: [1, 2, 3], existing: [], base: Self.teamwork).value)
        #expect(skill.levels == [.defined(1, summary: "Shares information.", indicators: ["Answers questions", "Offers help"], note: "A note")])
        #expect(skill.guidanceNotes == ["Kept by the editor"] && skill.code == "TEAM")
    }

    @Test func aSkillInUseKeepsItsLevelsAndStaysUntilANewVersion() {
        let use = SkillInUse(assessments: 2, requirements: 1, levels: [3])
        #expect(FrameworkChangeRules.problems(name: Self.teamwork.name, after: nil, use: SkillInUse()).isEmpty)
        #expect(FrameworkChangeRules.problems(name: Self.teamwork.name, after: nil, use: use).map(\.message)
            == ["Teamwork cannot be removed: it is assessed 2 times and required by 1 role, workgroup or task. Start a new version of the framework to leave it out."])
        var reworded = Self.teamwork
        reworded.name = "Working together"
        reworded.levels = [.defined(3, summary: "Leads joint work across units.", indicators: ["Chairs the group"])]
        #expect(FrameworkChangeRules.problems(name: Self.teamwork.name, after: reworded, use: use).isEmpty)
        reworded.levels = [.defined(1, summary: "Shares.", indicators: [])]
        #expect(FrameworkChangeRules.problems(name: Self.teamwork.name, after: reworded, use: use).map(\.field) == ["level-3-summary"])
    }

    @Test func aNewCategoryJoinsTheFrameworksListAndTheScaleIsNumberedInOrder() throws {
        let framework = try #require(NewFrameworkInput(name: "Our competencies", version: "2027", publisher: "Stride Org", levels: [
            .init(name: "Foundation"), .init(), .init(name: "Expert", descriptor: "Sets the standard."),
        ]).validate(now: Date(timeIntervalSince1970: 0)).value)
        #expect(framework.levelScale.levels == [ScaleLevel(number: 1, name: "Foundation"),
                                                ScaleLevel(number: 2, name: "Expert", descriptor: "Sets the standard.")])
        #expect(framework.validationProblems(allowingNoSkills: true).isEmpty && !framework.validationProblems().isEmpty)
        let added = framework.replacing(nil, with: Self.teamwork).replacing(0, with: Self.teamwork)
        #expect(added.skills == [Self.teamwork] && added.categories.map(\.name) == ["Core"])
        #expect(NewFrameworkInput(levels: [.init(name: "One")]).validate(now: Date()).errors.map(\.field)
            == ["name", "version", "publisher", "levels"])
    }
}
