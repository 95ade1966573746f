import Foundation
import Testing
import StrideCore

@Suite struct FrameworkModelTests {
    @Test func identityIgnoresCaseAndSpacing() {
        let stored = FrameworkIdentity(name: "SFIA", version: "9")
        let uploaded = FrameworkIdentity(name: " sfia ", version: "9 ")
        #expect(stored == uploaded)
        #expect(Set([stored, uploaded]).count == 1)
        #expect(stored != FrameworkIdentity(name: "SFIA", version: "8"))
        #expect(stored.description == "SFIA 9")
    }

    @Test func levelAccessors() {
        let defined = SkillLevel.defined(4, summary: "Leads.", indicators: ["Lead", "Plan"])
        #expect(defined.isDefined && defined.summary == "Leads." && defined.indicators == ["Lead", "Plan"])
        let ruledOut = SkillLevel.notDefined(2, note: "Not observed.")
        #expect(!ruledOut.isDefined && ruledOut.summary == nil && ruledOut.indicators.isEmpty && ruledOut.note == "Not observed.")
        let skill = Skill(name: "S", category: "C", description: "D", levels: [defined, ruledOut])
        #expect(skill.levels.map(\.number) == [2, 4])
        #expect(skill.definedLevelNumbers == [4])
        #expect(skill.indicatorCount == 2)
    }

    @Test func validFrameworkHasNoProblems() throws {
        #expect(try SeedDocuments.axelos().0.validationProblems() == [])
        #expect(try SeedDocuments.sfia().0.validationProblems() == [])
    }

    @Test func emptyFrameworkProblems() {
        let framework = SkillsFramework(
            name: " ", version: "", publisher: "",
            source: FrameworkSource(fileName: nil, format: .json, importedAt: SeedDocuments.importedAt),
            levelScale: LevelScale(levels: [ScaleLevel(number: 0, name: "")]),
            categories: [SkillCategory(name: "A"), SkillCategory(name: "a")],
            skills: [])
        #expect(framework.validationProblems() == [
            "the framework has no name",
            "the framework has no version",
            "scale level 0 is not a positive number",
            "scale level 0 has no name",
            "duplicate category name \"a\"",
            "the framework has no skills",
        ])
        #expect(throws: FrameworkImportError.invalidFramework(framework.validationProblems())) { try framework.validate() }
    }

    @Test func reportCarriesElapsedTimeTheCallerMeasured() throws {
        var (_, report) = try SeedDocuments.sfia()
        #expect(report.elapsed == nil)
        report.elapsed = .milliseconds(12)
        let decoded = try JSONDecoder().decode(FrameworkImportReport.self, from: JSONEncoder().encode(report))
        #expect(decoded == report)
        #expect(decoded.counts(forCategory: "uncategorised")?.indicators == 12)
    }
}
