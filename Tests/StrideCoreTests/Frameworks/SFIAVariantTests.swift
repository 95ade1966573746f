import Foundation
import Testing
import StrideCore

/// SFIA pages differ between versions and copies: level order, heading wording and spacing,
/// line endings. Each variant here is built from the real page and must import to the same
/// skill as the original (or report exactly what differs).
@Suite struct SFIAVariantTests {
    let original: String
    let expected: Skill

    init() throws {
        original = try SeedDocuments.sfiaText()
        expected = try #require(try SeedDocuments.sfia().0.skills.first)
    }

    func importSkill(_ text: String) throws -> (Skill, FrameworkImportReport) {
        let (framework, report) = try SFIAPageImporter.importPage(text, options: SeedDocuments.options(version: "9"))
        return (try #require(framework.skills.first), report)
    }

    /// The page split into the part before the first level heading and one block per heading.
    func sections() -> (head: String, levels: [String]) {
        let parts = original.components(separatedBy: "\nPerformance management: Level")
        return (parts[0], parts.dropFirst().map { "\nPerformance management: Level" + $0.trimmingCharacters(in: .newlines) + "\n" })
    }

    @Test func levelsInReverseOrder() throws {
        let (head, levels) = sections()
        #expect(levels.count == 5)
        let reversed = head + "\n" + levels.reversed().joined(separator: "\n")
        #expect(reversed.range(of: "Level 7")!.lowerBound < reversed.range(of: "Level 4")!.lowerBound)
        let (skill, report) = try importSkill(reversed)
        #expect(skill == expected)
        #expect(report.unplaced == [])
    }

    @Test func headingsWithOtherSpacingAndNonBreakingSpaces() throws {
        let text = original
            .replacingOccurrences(of: "Performance management: Level 4", with: "Performance management:\u{A0}Level\u{A0}4")
            .replacingOccurrences(of: "Performance management: Level 5", with: "Performance management :   Level  5 ")
            .replacingOccurrences(of: "Performance management: Level 6", with: "\u{A0}Level 6")
            .replacingOccurrences(of: "Performance management: Levels 1-3", with: "Performance management:\u{A0}Levels\u{A0}1 - 3")
            .replacingOccurrences(of: "Performance management: Level 7", with: "Performance management – Level 7 – Set strategy/inspire/mobilise")
        #expect(text != original)
        let (skill, report) = try importSkill(text)
        #expect(skill == expected)
        #expect(report.unplaced == [])
    }

    @Test func rangeHeadingWithEnDash() throws {
        let text = original.replacingOccurrences(of: "Levels 1-3", with: "Levels 1–3")
        #expect(text.contains("Levels 1–3"))
        let (skill, _) = try importSkill(text)
        #expect(skill == expected)
        #expect(skill.level(2)?.definition == .notDefined)
    }

    @Test func crlfLineEndings() throws {
        let text = original.replacingOccurrences(of: "\n", with: "\r\n")
        #expect(text.utf8.count > original.utf8.count)
        let (skill, report) = try importSkill(text)
        #expect(skill == expected)
        #expect(report.warnings.count == 2) // version and category, as for the original
    }

    @Test func missingLevelIsReportedNotInvented() throws {
        let (head, levels) = sections()
        let withoutLevel5 = head + "\n" + levels.filter { !$0.contains("Level 5") }.joined(separator: "\n")
        let (skill, report) = try importSkill(withoutLevel5)
        #expect(skill.levels.map(\.number) == [1, 2, 3, 4, 6, 7])
        #expect(skill.definedLevelNumbers == [4, 6])
        #expect(skill.level(4) == expected.level(4))
        #expect(skill.level(6) == expected.level(6))
        #expect(report.warnings.contains { $0.message == "the page lists level 5 as defined but has no text for it" })
    }

    @Test func missingUndeclaredLevelIsReported() throws {
        let (head, levels) = sections()
        let withoutLevel7 = head + "\n" + levels.filter { !$0.contains("Level 7") }.joined(separator: "\n")
        let (skill, report) = try importSkill(withoutLevel7)
        #expect(skill.levels.map(\.number) == [1, 2, 3, 4, 5, 6])
        #expect(report.warnings.contains { $0.message == "the page does not describe level 7" })
    }

    @Test func headingsWithoutTheSkillName() throws {
        let text = original.replacingOccurrences(of: "Performance management: Level", with: "Level")
        let (skill, _) = try importSkill(text)
        #expect(skill == expected)
    }

    @Test func wrappedParagraphsAreJoined() throws {
        let text = original.replacingOccurrences(
            of: "Coaches colleagues in developing target skills",
            with: "Coaches colleagues in developing\ntarget skills")
        let (skill, _) = try importSkill(text)
        #expect(skill == expected)
    }

    @Test func textAfterTheDefinedLevelsLineIsReportedAsUnplaced() throws {
        let text = original.replacingOccurrences(
            of: "Defined at these levels: 4 5 6\n",
            with: "Defined at these levels: 4 5 6\n\nBrowse all skills\n")
        let (skill, report) = try importSkill(text)
        #expect(skill == expected)
        let unplaced = try #require(report.unplaced.first)
        #expect(unplaced.text == "Browse all skills")
        #expect(unplaced.line == 22)
    }
}
