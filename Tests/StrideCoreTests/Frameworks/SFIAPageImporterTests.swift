import Foundation
import Testing
import StrideCore

/// The real SFIA v9 page for Performance management (PEMT).
@Suite struct SFIAPageImporterTests {
    static let notObservedAtTheseLevels = "This skill is not typically observed or practiced at these levels of responsibility and accountability."
    static let notObservedAtThisLevel = "This skill is not typically observed or practiced at this level of responsibility and accountability."

    @Test func skillIdentityAndText() throws {
        let (framework, _) = try SeedDocuments.sfia()
        #expect(framework.skills.count == 1)
        let skill = try #require(framework.skills.first)
        #expect(skill.code == "PEMT")
        #expect(skill.name == "Performance management")
        #expect(skill.description == "Improving organisational performance by developing the performance of individuals and workgroups to meet agreed objectives with measurable results.")
        #expect(skill.guidanceNotes == [
            "The term workgroup is used to be inclusive of different organisational structures. A workgroup is a collection of people working together on interdependent tasks to achieve shared objectives. This includes — but is not limited to — permanent/business-as-usual teams, cross-functional teams, squads or workgroups formed to deliver a specific outcome.",
        ])
        // The last activity has a non-breaking space in the source ("individuals\u{A0}who").
        #expect(skill.activities == [
            "setting workgroup objectives aligned to organisational drivers",
            "supporting individual growth to achieve objectives",
            "forming effective teams",
            "developing effective working relations within the workgroup",
            "developing effective working relations with other workgroups, partners and individuals who they collaborate with to achieve workgroup objectives.",
        ])
    }

    @Test func levelsFourToSixAreDefined() throws {
        let skill = try #require(try SeedDocuments.sfia().0.skills.first)
        #expect(skill.definedLevelNumbers == [4, 5, 6])
        #expect(skill.levels.map(\.number) == [1, 2, 3, 4, 5, 6, 7])
        #expect(skill.level(4)?.summary == "Provides operational direction, support and guidance to assigned colleagues.")
        #expect(skill.level(4)?.indicators == [
            "Provides operational direction, support and guidance to assigned colleagues.",
            "Allocates routine tasks or project work, in line with team objectives and individual capabilities. Monitors quality and performance against agreed criteria to make learning recommendations or to escalate concerns.",
            "Coaches colleagues in developing target skills and capabilities in line with team and personal goals.",
            "Facilitates effective working relationships between team members.",
        ])
        #expect(skill.level(5)?.summary == "Forms, maintains and leads workgroups and individuals to achieve organisational objectives.")
        #expect(skill.level(5)?.indicators == [
            "Forms, maintains and leads workgroups and individuals to achieve organisational objectives.",
            "Determines and delegates objectives and task responsibilities to individuals or teams — including people management responsibilities as appropriate. Sets the quality, performance and capability targets in line with organisational goals. Monitors performance and working relationships and provides effective feedback to address individual issues.",
            "Encourages individual development of skills and capabilities in line with team and personal goals. Facilitates the development of individuals by adjusting workload, targets, and team capacity.",
            "Plays an active role in formal organisational processes such recruitment, reward, promotion and disciplinary procedures.",
        ])
        #expect(skill.level(6)?.summary == "Determines and delegates people management and functional management objectives and responsibilities.")
        #expect(skill.level(6)?.indicators == [
            "Determines and delegates people management and functional management objectives and responsibilities.",
            "Creates and sets the direction for multiple workgroups to achieve strategic organisational objectives. Sets strategy for quality and performance measurement in line with organisational goals.",
            "Provides a work environment and resources that allow individuals and workgroups to perform their tasks efficiently.",
            "Leads the implementation of formal organisational processes such as recruitment, reward, promotion and disciplinary procedures.",
        ])
        #expect(skill.indicatorCount == 12)
        #expect(skill.levels.compactMap(\.note).allSatisfy { !$0.isEmpty })
        #expect(skill.level(4)?.note == nil)
    }

    @Test func levelsOneToThreeAndSevenAreNotDefinedWithTheNoteKept() throws {
        let skill = try #require(try SeedDocuments.sfia().0.skills.first)
        for number in 1...3 {
            #expect(skill.level(number) == .notDefined(number, note: Self.notObservedAtTheseLevels))
        }
        #expect(skill.level(7) == .notDefined(7, note: Self.notObservedAtThisLevel))
        #expect(skill.level(7)?.indicators == [])
        #expect(skill.level(7)?.summary == nil)
    }

    @Test func frameworkUsesTheSFIAScaleAndTheGivenVersion() throws {
        let (framework, report) = try SeedDocuments.sfia(version: "9")
        #expect(framework.name == "SFIA")
        #expect(framework.version == "9")
        #expect(framework.publisher == "SFIA Foundation")
        #expect(framework.levelScale.levels.map(\.name) == [
            "Follow", "Assist", "Apply", "Enable", "Ensure/advise", "Initiate/influence", "Set strategy/inspire/mobilise",
        ])
        #expect(report.categories == [CategoryCounts(category: "Uncategorised", skills: 1, definedLevels: 3, indicators: 12)])
        #expect(report.unplaced == [])
        #expect(report.warnings.contains { $0.message.contains("does not state its version") })
    }

    @Test func missingVersionIsAnError() throws {
        #expect(throws: FrameworkImportError.missingVersion(.sfia)) {
            try SeedDocuments.sfia(version: nil)
        }
    }

    /// The page's own version is used unless the importer asks for another, which then wins
    /// and the report says so.
    @Test func versionStatedOnThePageIsUsedUnlessAnotherIsGiven() throws {
        let text = "SFIA 9\n\n" + (try SeedDocuments.sfiaText())
        let (framework, report) = try SFIAPageImporter.importPage(text, options: SeedDocuments.options(version: "8"))
        #expect(framework.version == "8")
        #expect(report.warnings.map(\.message).contains("using version \"8\" given with the import instead of version \"9\" stated in the document"))
        let (unversioned, _) = try SFIAPageImporter.importPage(text, options: SeedDocuments.options())
        #expect(unversioned.version == "9")
        #expect(unversioned.skills.first?.name == "Performance management")
    }

    @Test func categoryFromOptionsOrPage() throws {
        var options = SeedDocuments.options(version: "9")
        options.category = "People and skills"
        options.subcategory = "People management"
        let (framework, report) = try SFIAPageImporter.importPage(try SeedDocuments.sfiaText(), options: options)
        #expect(framework.skills.first?.category == "People and skills")
        #expect(framework.skills.first?.subcategory == "People management")
        #expect(framework.categories == [SkillCategory(name: "People and skills", subcategories: ["People management"])])
        #expect(!report.warnings.contains { $0.message.contains("category") })

        let labelled = "Category: Strategy and architecture\n\n" + (try SeedDocuments.sfiaText())
        let (fromPage, _) = try SFIAPageImporter.importPage(labelled, options: options)
        #expect(fromPage.skills.first?.category == "Strategy and architecture")
        #expect(fromPage.skills.first?.subcategory == nil)
    }

    @Test func versionHintFromFileName() {
        #expect(SFIAPageImporter.versionHint(fromFileName: "sfia-pemt-v9.txt") == "9")
        #expect(SFIAPageImporter.versionHint(fromFileName: "uploads/SFIA8_PEMT.txt") == "8")
        #expect(SFIAPageImporter.versionHint(fromFileName: "pemt.txt") == nil)
    }

    @Test func pagesOfOneVersionMergeIntoOneFramework() throws {
        let text = try SeedDocuments.sfiaText()
        let (first, _) = try SFIAPageImporter.importPage(text, options: SeedDocuments.options(version: "9"))
        let other = text.replacingOccurrences(of: "Performance management", with: "Workforce planning")
            .replacingOccurrences(of: "PEMT", with: "WFPL")
        let (second, _) = try SFIAPageImporter.importPage(other, options: SeedDocuments.options(version: "9"))
        let merged = try first.merging(second)
        #expect(merged.skills.map(\.code) == ["PEMT", "WFPL"])
        #expect(merged.skill(code: "wfpl")?.name == "Workforce planning")
        // Re-importing a page replaces the skill rather than adding a copy.
        #expect(try merged.merging(first).skills.count == 2)
        let (version8, _) = try SFIAPageImporter.importPage(text, options: SeedDocuments.options(version: "8"))
        #expect(throws: FrameworkImportError.identityMismatch(expected: first.identity, found: version8.identity)) {
            try first.merging(version8)
        }
    }
}
