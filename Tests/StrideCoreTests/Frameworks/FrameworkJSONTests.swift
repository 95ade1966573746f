import Foundation
import Testing
import StrideCore

/// The canonical JSON format: deterministic output, exact round trips and validation with
/// readable errors.
@Suite struct FrameworkJSONTests {
    static func seedFrameworks() throws -> [SkillsFramework] {
        [try SeedDocuments.sfia().0, try SeedDocuments.axelos().0]
    }

    @Test(arguments: [SeedDocuments.sfiaFileName, SeedDocuments.axelosFileName])
    func importExportImportExportIsByteIdentical(fileName: String) throws {
        let options = SeedDocuments.options(fileName: fileName, version: "9")
        let (imported, _) = try FrameworkImporter.importFramework(text: try SeedDocuments.text(fileName), options: options)
        let firstExport = try FrameworkJSON.encode(imported)
        let (reimported, report) = try FrameworkImporter.importFramework(data: firstExport, options: options)
        let secondExport = try FrameworkJSON.encode(reimported)
        #expect(report.format == .json)
        #expect(reimported == imported)
        #expect(secondExport == firstExport)
        #expect(report.categories == FrameworkImportReport(format: .json, framework: imported).categories)
    }

    @Test func outputIsSortedPrettyAndNested() throws {
        let json = try FrameworkJSON.encodeString(try SeedDocuments.sfia().0)
        #expect(json.hasPrefix("{\n  \"formatVersion\" : 1,\n  \"framework\" : {"))
        #expect(json.hasSuffix("}\n"))
        // Keys in sorted order within the skill object.
        let keys = ["\"activities\"", "\"category\"", "\"code\"", "\"description\"", "\"guidanceNotes\"", "\"levels\"", "\"name\""]
        let skillObject = json[json.range(of: "\"skills\" : [")!.upperBound...]
        let positions = keys.map { skillObject.range(of: $0)!.lowerBound }
        #expect(positions == positions.sorted())
        // Levels sit inside the skill and hold their own indicators.
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as! [String: Any]
        let skill = ((object["framework"] as! [String: Any])["skills"] as! [[String: Any]])[0]
        let level4 = (skill["levels"] as! [[String: Any]])[3]
        #expect(level4["status"] as? String == "defined")
        #expect((level4["indicators"] as? [String])?.count == 4)
        #expect(json.contains("\"importedAt\" : \"2024-06-10T06:13:20Z\""))
        #expect(!json.contains("\\/"))
    }

    @Test func everyEmittedKeyIsDeclaredInTheSchema() throws {
        let schemaURL = SeedDocuments.packageRoot.appendingPathComponent("docs/framework.schema.json")
        let schema = try JSONSerialization.jsonObject(with: Data(contentsOf: schemaURL)) as! [String: Any]
        #expect(schema["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
        let declared = Self.propertyNames(in: schema)
        for framework in try Self.seedFrameworks() {
            let emitted = Self.keys(in: try JSONSerialization.jsonObject(with: FrameworkJSON.encode(framework)))
            #expect(emitted.subtracting(declared).isEmpty, "undeclared keys: \(emitted.subtracting(declared))")
        }
        for key in ["formatVersion", "framework", "levelScale", "skills", "levels", "indicators", "summary", "status", "note", "subcategories", "summaryDescription"] {
            #expect(declared.contains(key))
        }
    }

    @Test func decodeRejectsDuplicateSkillNamesAndCodes() throws {
        var framework = try SeedDocuments.sfia().0
        var copy = framework.skills[0]
        copy.name = " performance  MANAGEMENT"
        framework.skills.append(copy)
        let error = try #require(throws: FrameworkImportError.self) {
            try FrameworkJSON.decode(FrameworkJSON.encode(framework))
        }
        #expect(error.description.contains("duplicate skill name \" performance  MANAGEMENT\""))
        #expect(error.description.contains("duplicate skill code \"PEMT\""))
    }

    @Test func decodeRejectsLevelsOutsideTheScaleAndUnknownCategories() throws {
        var framework = try SeedDocuments.axelos().0
        framework.skills[0].levels.append(.defined(6, summary: "Leads everything.", indicators: ["Lead"]))
        framework.skills[1].category = "Astrology"
        framework.skills[2].subcategory = "IT Service Strategy"
        let error = try #require(throws: FrameworkImportError.self) {
            try FrameworkJSON.decode(FrameworkJSON.encode(framework))
        }
        guard case .invalidFramework(let problems) = error else {
            Issue.record("unexpected \(error)")
            return
        }
        #expect(problems == [
            "skill \"Business case development\" has level 6, which is outside the scale [1, 2, 3, 4, 5]",
            "skill \"Project and programme organization and governance\" names category \"Astrology\", which the framework does not have",
            "skill \"Project and programme planning\" names subcategory \"IT Service Strategy\", which category \"Project Portfolio Management\" does not have",
        ])
    }

    @Test func decodeRejectsEmptyAndUnorderedLevels() throws {
        var framework = try SeedDocuments.sfia().0
        framework.skills[0].levels.swapAt(0, 1)
        framework.skills[0].levels[4] = .defined(5, summary: " ", indicators: [""])
        framework.skills[0].code = nil
        let problems = framework.validationProblems()
        #expect(problems.contains("skill \"Performance management\" lists level 1 twice or out of order"))
        #expect(problems.contains("skill \"Performance management\" level 5 has an empty summary"))
        #expect(problems.contains("skill \"Performance management\" level 5 has an empty indicator"))
    }

    @Test func malformedJSONSaysWhere() throws {
        let json = try FrameworkJSON.encodeString(try SeedDocuments.sfia().0)
        let withoutStatus = json.replacingOccurrences(of: "\"status\" : \"notDefined\"", with: "\"state\" : \"notDefined\"")
        let missing = try #require(throws: FrameworkImportError.self) { try FrameworkJSON.decode(withoutStatus) }
        #expect(missing == .malformedJSON("at framework.skills[0].levels[0]: the required key \"status\" is missing"))

        let wrongType = json.replacingOccurrences(of: "\"number\" : 4,", with: "\"number\" : \"four\",")
        let mismatch = try #require(throws: FrameworkImportError.self) { try FrameworkJSON.decode(wrongType) }
        #expect(mismatch.description.contains("at framework.skills[0].levels[3].number"))

        let truncated = String(json.prefix(json.count / 2))
        let cut = try #require(throws: FrameworkImportError.self) { try FrameworkJSON.decode(truncated) }
        guard case .malformedJSON = cut else {
            Issue.record("unexpected \(cut)")
            return
        }
    }

    @Test func notDefinedLevelsCannotCarryIndicators() throws {
        let json = try FrameworkJSON.encodeString(try SeedDocuments.sfia().0)
            .replacingOccurrences(of: "\"status\" : \"notDefined\"", with: "\"indicators\" : [\"Sneaks in\"], \"status\" : \"notDefined\"")
        let error = try #require(throws: FrameworkImportError.self) { try FrameworkJSON.decode(json) }
        #expect(error.description.contains("notDefined cannot have a summary or indicators"))
    }

    @Test func otherFormatVersionsAreRefused() throws {
        let json = try FrameworkJSON.encodeString(try SeedDocuments.sfia().0)
            .replacingOccurrences(of: "\"formatVersion\" : 1", with: "\"formatVersion\" : 2")
        #expect(throws: FrameworkImportError.unsupportedFormatVersion(2)) { try FrameworkJSON.decode(json) }
    }

    @Test func frameworkWithoutSkillsIsRefused() throws {
        var framework = try SeedDocuments.sfia().0
        framework.skills = []
        #expect(throws: FrameworkImportError.noSkills(.json)) { try FrameworkJSON.decode(FrameworkJSON.encode(framework)) }
    }

    @Test func importMomentIsStoredToTheSecondInUTC() throws {
        let source = FrameworkSource(fileName: nil, format: .json, importedAt: Date(timeIntervalSince1970: 951_782_400.999))
        #expect(source.importedAtISO == "2000-02-29T00:00:00Z")
        #expect(source.importedAt == Date(timeIntervalSince1970: 951_782_400))
        #expect(FrameworkSource(fileName: nil, format: .json, importedAt: Date(timeIntervalSince1970: -31_536_000)).importedAtISO
            == "1969-01-01T00:00:00Z")
        let json = try FrameworkJSON.encodeString(try SeedDocuments.sfia().0)
            .replacingOccurrences(of: "2024-06-10T06:13:20Z", with: "2024-02-30T06:13:20Z")
        let error = try #require(throws: FrameworkImportError.self) { try FrameworkJSON.decode(json) }
        #expect(error.description.contains("framework.source.importedAt"))
    }

    static func keys(in value: Any) -> Set<String> {
        if let object = value as? [String: Any] {
            return object.reduce(into: Set(object.keys)) { $0.formUnion(keys(in: $1.value)) }
        }
        if let array = value as? [Any] {
            return array.reduce(into: Set<String>()) { $0.formUnion(keys(in: $1)) }
        }
        return []
    }

    static func propertyNames(in value: Any) -> Set<String> {
        if let object = value as? [String: Any] {
            var names = Set((object["properties"] as? [String: Any])?.keys.map { $0 } ?? [])
            for child in object.values { names.formUnion(propertyNames(in: child)) }
            return names
        }
        if let array = value as? [Any] {
            return array.reduce(into: Set<String>()) { $0.formUnion(propertyNames(in: $1)) }
        }
        return []
    }
}
