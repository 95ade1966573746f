import Foundation
import Testing
import StrideCore

/// Small AXELOS-shaped documents for behaviour the real document does not exercise:
/// entities, line endings, unmatched tables and skills without a table.
@Suite struct AXELOSRobustnessTests {
    static let document = """
    # Skills Framework

    September 2015

    Level\tDescriptor
    1\t<b>Starter</b> Learns.
    2\t<b>Expert</b> Teaches.

    ### 2.1 SKILL SUMMARY

    Skill\tDescription\tLevel
    \t\t1\t2
    Research &amp; development\t
    Prototyping\tBuilding early versions of products.\t\t
    Ideation\tHaving ideas.\t\t
    Planning (short\tPlanning the next

    term)\tfew weeks.\t\t

    ## 2.2 RESEARCH AND DEVELOPMENT

    PROTOTYPING\t\t
    Being able to build &lt;early&gt; versions.\t\t
    1\t2
    –\t<p>Builds prototypes.</p> <p>You can:</p> <p>Sketch R&amp;D ideas&nbsp;quickly</p> <p>Test them with users.</p>
    PLANNING (SHORT TERM)
    Planning the next few weeks.
    1\t2
    <p>Plans a week.</p> <p>You can: List the tasks Estimate each task</p>\t-
    ASTROLOGY
    Reading the stars.
    1\t2
    -\t-
    """

    static func load(_ text: String = document) throws -> (SkillsFramework, FrameworkImportReport) {
        try AXELOSImporter.importDocument(text, options: SeedDocuments.options(fileName: "mini.md"))
    }

    @Test func smallDocument() throws {
        let (framework, report) = try Self.load()
        #expect(framework.levelScale == LevelScale(levels: [
            ScaleLevel(number: 1, name: "Starter", descriptor: "Learns."), ScaleLevel(number: 2, name: "Expert", descriptor: "Teaches."),
        ]))
        #expect(framework.categories == [SkillCategory(name: "Research & development")])
        #expect(framework.skills.map(\.name) == ["Prototyping", "Ideation", "Planning (short term)"])
        let prototyping = try #require(framework.skill(named: "Prototyping"))
        #expect(prototyping.description == "Being able to build <early> versions.")
        #expect(prototyping.level(2)?.indicators == ["Sketch R&D ideas quickly", "Test them with users."])
        let planning = try #require(framework.skill(named: "Planning (short term)"))
        #expect(planning.summaryDescription == "Planning the next few weeks.")
        #expect(planning.level(1)?.indicators == ["List the tasks", "Estimate each task"])
        #expect(planning.level(2)?.definition == .notDefined)
        #expect(report.categories == [CategoryCounts(category: "Research & development", skills: 3, definedLevels: 2, indicators: 4)])
    }

    @Test func unmatchedTablesAndSkillsWithoutTablesAreReported() throws {
        let (framework, report) = try Self.load()
        #expect(report.unplaced == [UnplacedText(line: 30, text: "ASTROLOGY", reason: "skill table that matches no row of the skill summary")])
        #expect(report.warnings == [ImportWarning(line: 15, message: "no level table found for skill \"Ideation\"")])
        let ideation = try #require(framework.skill(named: "Ideation"))
        #expect(ideation.levels.isEmpty)
        #expect(ideation.description == "Having ideas.")
    }

    @Test func cellsBeyondTheScaleAreReported() throws {
        let wider = Self.document
            .replacingOccurrences(of: "1\t2\n<p>Plans a week.</p>", with: "1\t2\t3\n<p>Plans a week.</p>")
            .replacingOccurrences(of: "Estimate each task</p>\t-", with: "Estimate each task</p>\t-\t<p>Plans a year.</p>")
        let (framework, report) = try Self.load(wider)
        #expect(framework.skill(named: "Planning (short term)")?.levels.map(\.number) == [1, 2])
        #expect(report.unplaced.first == UnplacedText(
            line: 29, text: "Plans a year.", reason: "level 3 of \"Planning (short term)\" is outside the level scale"))
    }

    @Test func textAfterTheLastTableIsReported() throws {
        let (_, report) = try Self.load(Self.document + "\n\nend of document, page 63\n")
        #expect(report.unplaced.last == UnplacedText(line: 35, text: "end of document, page 63", reason: "text after the last skill table"))
    }

    @Test func crlfGivesTheSameFramework() throws {
        let crlf = try Self.load(Self.document.replacingOccurrences(of: "\n", with: "\r\n"))
        #expect(try Self.load() == crlf)
        let seed = try SeedDocuments.axelosText()
        let seedCRLF = try AXELOSImporter.importDocument(seed.replacingOccurrences(of: "\n", with: "\r\n"), options: SeedDocuments.options(fileName: SeedDocuments.axelosFileName))
        #expect(try SeedDocuments.axelos() == seedCRLF)
    }

    @Test func versionFromOptionsWhenTheDocumentHasNoDate() throws {
        let undated = Self.document.replacingOccurrences(of: "September 2015", with: "Public")
        #expect(throws: FrameworkImportError.missingVersion(.axelos)) { try Self.load(undated) }
        let (framework, report) = try AXELOSImporter.importDocument(undated, options: SeedDocuments.options(version: "2015"))
        #expect(framework.version == "2015")
        #expect(report.warnings.contains { $0.message.contains("does not state its version") })
    }
}
