import Foundation
import Testing
import StrideCore

/// Counts over the real AXELOS document. The expected numbers were read off the document
/// cell by cell (a "–" is not defined; each `<li>`, `<p>` or run-together phrase after
/// "You can:" is one indicator), not copied from the importer's output.
@Suite struct AXELOSImporterTests {
    /// Indicators per level 1–5 for every skill of the summary table; nil where the cell is "–".
    static let expectedIndicators: [(skill: String, levels: [Int?])] = [
        // Project Portfolio Management
        ("Business case development", [nil, nil, 5, 2, 2]),
        ("Project and programme organization and governance", [nil, nil, 4, 3, 2]),
        ("Project and programme planning", [nil, 4, 5, 5, nil]),
        ("Progress monitoring and control", [nil, 5, 3, 3, 1]),
        ("Application of best practice processes, models and tools", [nil, 3, 4, 3, 2]),
        ("Portfolio, programme and project support", [nil, 3, 4, 5, nil]),
        ("Portfolio definition", [nil, nil, nil, 4, 3]),
        ("Portfolio management", [nil, nil, 3, 6, 3]),
        ("Project risk management", [nil, 2, 6, 5, 5]),
        ("Change control and configuration management", [nil, 3, 5, 3, nil]),
        ("Project and programme quality management", [nil, 3, 5, 3, 2]),
        ("Resource and cost estimation", [nil, nil, 4, 4, nil]),
        // Business analysis and change management
        ("Benefits management and realization", [nil, nil, 5, 3, 2]),
        ("Blueprint design", [nil, nil, nil, 5, 3]),
        ("Stakeholder management and communication", [nil, 3, 4, 4, 3]),
        ("Business change management", [nil, nil, 6, 6, 3]),
        ("Process improvement", [nil, nil, 4, 3, nil]),
        ("Requirements/needs identification", [nil, nil, 6, 3, 2]),
        ("Information analysis", [3, 2, 4, 4, 2]),
        ("Modelling", [nil, 1, 2, 3, nil]),
        // IT Service Management
        ("Application of best practice processes, methods and tools", [nil, nil, 3, 3, 1]),
        ("Architecture design", [nil, nil, 2, 5, 3]),
        ("Availability management", [nil, 3, 3, 3, nil]),
        ("Business risk management", [nil, 2, 4, 3, nil]),
        ("Capacity management", [nil, 2, 5, 5, nil]),
        ("Component integration", [nil, 4, 2, 2, nil]),
        ("Configuration management", [nil, 3, 2, 5, nil]),
        ("Continuity management", [nil, nil, 4, 6, nil]),
        ("Incident management", [nil, 2, 4, 5, nil]),
        ("Innovating", [nil, nil, nil, 3, 1]),
        ("Information security strategy development", [nil, nil, nil, 6, 3]),
        ("Information security management", [nil, 3, 3, 6, nil]),
        ("Information and knowledge management", [nil, nil, 2, 2, 3]),
        ("IT and business strategy alignment", [nil, nil, nil, 3, 1]),
        ("IS Governance", [nil, nil, nil, 3, 4]),
        ("IT Change management", [nil, 2, 6, 5, nil]),
        ("Problem management", [nil, nil, 5, 3, nil]),
        ("Release management", [nil, 2, 5, 3, nil]),
        ("Relationship management", [nil, nil, 5, 4, 3]),
        ("Service delivery", [1, 5, 3, nil, nil]),
        ("Service level management", [nil, nil, 3, 2, nil]),
        ("Service management policy and procedure design", [nil, nil, nil, 2, 3]),
        ("User support", [4, 5, 5, nil, nil]),
        ("Technology trend monitoring", [nil, nil, nil, 4, 3]),
        // Business and commercial
        ("Contract management", [nil, 2, 6, 4, nil]),
        ("Purchasing", [nil, 3, 5, 4, nil]),
        ("Financial management", [nil, nil, 4, 5, 1]),
        ("Resource management", [nil, 3, 2, 3, 2]),
        ("Sales management", [nil, nil, 3, 5, 3]),
        // Leadership and personal
        ("Leadership and teamwork", [3, 4, 7, 3, 4]),
        ("Communication and knowledge sharing", [3, 3, 3, 4, 3]),
        ("Negotiation", [nil, nil, 6, 3, 2]),
        ("Conflict management", [1, 3, 3, 1, 2]),
        ("Staff awareness and development", [nil, 2, 4, 5, nil]),
        ("Quality orientation (attention to detail)", [3, 2, 3, nil, nil]),
        ("Business and environmental awareness", [3, 2, 4, 2, 3]),
        ("Planning and organization", [3, 6, 5, 5, 3]),
    ]

    @Test func everySummarySkillIsImportedInSummaryOrder() throws {
        let (framework, _) = try SeedDocuments.axelos()
        #expect(framework.skills.map(\.name) == Self.expectedIndicators.map(\.skill))
    }

    @Test func everySkillHasTheLevelsAndIndicatorCountsOfTheDocument() throws {
        let (framework, _) = try SeedDocuments.axelos()
        for (name, expected) in Self.expectedIndicators {
            let skill = try #require(framework.skill(named: name), "missing \(name)")
            let actual: [Int?] = (1...5).map { number in
                guard let level = skill.level(number) else { return -1 }
                return level.isDefined ? level.indicators.count : nil
            }
            #expect(actual == expected, "\(name)")
        }
    }

    @Test func countsPerCategory() throws {
        let (_, report) = try SeedDocuments.axelos()
        #expect(report.categories == [
            CategoryCounts(category: "Project Portfolio Management", skills: 12, definedLevels: 38, indicators: 137),
            CategoryCounts(category: "Business analysis and change management", skills: 8, definedLevels: 25, indicators: 86),
            CategoryCounts(category: "IT Service Management", skills: 24, definedLevels: 63, indicators: 212),
            CategoryCounts(category: "Business and commercial", skills: 5, definedLevels: 16, indicators: 55),
            CategoryCounts(category: "Leadership and personal", skills: 8, definedLevels: 34, indicators: 113),
        ])
        #expect(report.skillCount == 57)
        #expect(report.definedLevelCount == 176)
        #expect(report.indicatorCount == 603)
        #expect(report.format == .axelos)
    }

    @Test func nothingIsLeftUnplacedOrWarnedAbout() throws {
        let (_, report) = try SeedDocuments.axelos()
        #expect(report.unplaced == [])
        #expect(report.warnings == [])
    }

    @Test func frameworkDetailsComeFromTheDocument() throws {
        let (framework, _) = try SeedDocuments.axelos()
        #expect(framework.name == "AXELOS Skills Framework")
        #expect(framework.version == "September 2015")
        #expect(framework.publisher == "AXELOS")
        #expect(framework.identity == FrameworkIdentity(name: "axelos skills framework", version: "September 2015"))
        #expect(framework.source == FrameworkSource(
            fileName: SeedDocuments.axelosFileName, format: .axelos, importedAt: SeedDocuments.importedAt))
    }

    @Test func levelScaleComesFromTheLevelDescriptorTable() throws {
        let (framework, _) = try SeedDocuments.axelos()
        #expect(framework.levelScale.numbers == [1, 2, 3, 4, 5])
        #expect(framework.levelScale.levels.map(\.name) == [
            "Intern /Entry level", "Practitioner", "Professional/ Manager", "Lead Professional / Senior Manager", "Executive",
        ])
        #expect(framework.levelScale.level(2)?.descriptor
            == "Works independently, primarily in non-complex situations, and may take some responsibility for the evaluation and improvement of work activities.")
        #expect(framework.levelScale.level(5)?.descriptor?.hasSuffix("Recognized as an expert by other professionals.") == true)
    }

    @Test func subGroupHeadingsBecomeSubcategoriesNotSkills() throws {
        let (framework, _) = try SeedDocuments.axelos()
        let itsm = try #require(framework.categories.first { $0.name == "IT Service Management" })
        #expect(itsm.subcategories == [
            "IT Service Strategy", "IT Service Design", "IT Service Transition", "IT Service Operation", "Relationship management",
        ])
        #expect(framework.categories.filter { $0.name != itsm.name }.allSatisfy { $0.subcategories.isEmpty })
        for heading in ["IT Service Strategy", "IT Service Design", "IT Service Transition", "IT Service Operation"] {
            #expect(framework.skill(named: heading) == nil)
        }
        #expect(framework.skills.filter { $0.name == "Relationship management" }.count == 1)
        #expect(framework.skill(named: "Business risk management")?.subcategory == "IT Service Strategy")
        #expect(framework.skill(named: "Innovating")?.subcategory == "IT Service Design")
        #expect(framework.skill(named: "IT Change management")?.subcategory == "IT Service Transition")
        #expect(framework.skill(named: "Information security management")?.subcategory == "IT Service Operation")
        #expect(framework.skill(named: "Relationship management")?.subcategory == "Relationship management")
        #expect(framework.skill(named: "Business case development")?.subcategory == nil)
    }

    @Test func categoriesComeFromTheSummaryTable() throws {
        let (framework, _) = try SeedDocuments.axelos()
        #expect(framework.categories.map(\.name) == [
            "Project Portfolio Management", "Business analysis and change management", "IT Service Management",
            "Business and commercial", "Leadership and personal",
        ])
        #expect(framework.skill(named: "Configuration management")?.category == "IT Service Management")
        #expect(framework.skill(named: "Change control and configuration management")?.category == "Project Portfolio Management")
        #expect(framework.skill(named: "Resource management")?.category == "Business and commercial")
    }

    @Test func importIsFastEvenInDebugBuilds() throws {
        // Release builds import the document in a few milliseconds. The bound only catches
        // quadratic blow-ups; the best of three runs keeps a busy machine from failing it.
        let text = try SeedDocuments.axelosText()
        let clock = ContinuousClock()
        let fastest = try (1...3).map { _ in
            try clock.measure { _ = try AXELOSImporter.importDocument(text, options: SeedDocuments.options()) }
        }.min()!
        #expect(fastest < .seconds(2))
    }
}
