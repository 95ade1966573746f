import Foundation
import Testing
import StrideCore

/// Uploads that are not usable framework documents fail with a clear error rather than an
/// empty or partial framework.
@Suite struct MalformedInputTests {
    let options = SeedDocuments.options(fileName: "upload.txt", version: "9")

    @Test func emptyAndBlankDocuments() {
        for text in ["", "  \n\t\r\n \u{A0}"] {
            #expect(throws: FrameworkImportError.emptyDocument) { try FrameworkImporter.importFramework(text: text, options: options) }
            #expect(throws: FrameworkImportError.emptyDocument) { try SFIAPageImporter.importPage(text, options: options) }
            #expect(throws: FrameworkImportError.emptyDocument) { try AXELOSImporter.importDocument(text, options: options) }
        }
        #expect(throws: FrameworkImportError.emptyDocument) { try FrameworkImporter.importFramework(data: Data(), options: options) }
        #expect(FrameworkImportError.emptyDocument.description == "The document is empty.")
    }

    @Test func binaryData() {
        let pdf = Data("%PDF-1.7\n".utf8) + Data([0x00, 0x01, 0x02])
        #expect(throws: FrameworkImportError.binaryData(byteOffset: 9)) { try FrameworkImporter.importFramework(data: pdf, options: options) }
        #expect(throws: FrameworkImportError.binaryData(byteOffset: 3)) {
            try FrameworkImporter.importFramework(text: "abc\u{0}def", options: options)
        }
        #expect(FrameworkImportError.binaryData(byteOffset: 9).description == "The file is binary data, not text (NUL byte at offset 9).")
    }

    @Test func invalidUTF8() throws {
        let latin1 = Data("Caf".utf8) + Data([0xE9]) + Data(" – Level 4".utf8)
        #expect(throws: FrameworkImportError.invalidUTF8(byteOffset: 3)) { try FrameworkText.decode(latin1) }
        let truncatedSequence = Data("ok ".utf8) + Data([0xE2, 0x80])
        #expect(throws: FrameworkImportError.invalidUTF8(byteOffset: 3)) { try FrameworkImporter.importFramework(data: truncatedSequence, options: options) }
        #expect(try FrameworkText.decode(Data([0xEF, 0xBB, 0xBF]) + Data("Café".utf8)) == "Café")
    }

    @Test func unknownFormat() {
        #expect(throws: FrameworkImportError.unknownFormat(fileName: "upload.txt")) {
            try FrameworkImporter.importFramework(text: "Shopping list\n\n- milk\n- eggs\n", options: options)
        }
        #expect(FrameworkImportError.unknownFormat(fileName: "upload.txt").description.hasPrefix("\"upload.txt\" is not in a recognised format"))
    }

    @Test func truncatedInsideALevelRow() throws {
        let text = try SeedDocuments.axelosText()
        let cut = String(text[..<text.range(of: "<p>Monitors and controls performance of a programme")!.lowerBound])
        let error = try #require(throws: FrameworkImportError.self) { try AXELOSImporter.importDocument(cut, options: options) }
        #expect(error == .truncatedDocument(line: 154, detail: "the level cells of \"PROGRESS MONITORING AND CONTROL\" stop part-way"))
        #expect(error.description == "The document appears to be truncated at line 154: the level cells of \"PROGRESS MONITORING AND CONTROL\" stop part-way.")
    }

    @Test func truncatedInsideACell() throws {
        let text = try SeedDocuments.axelosText()
        // All five cells are there but the last one stops inside its list.
        let cut = String(text[..<text.range(of: "<li>Develop project and programme managers")!.lowerBound])
        let error = try #require(throws: FrameworkImportError.self) { try AXELOSImporter.importDocument(cut, options: options) }
        #expect(error == .truncatedDocument(line: 180, detail: "the level cells of \"PORTFOLIO MANAGEMENT\" stop part-way"))
    }

    @Test func truncatedAfterAHeading() throws {
        let text = try SeedDocuments.axelosText()
        let cut = String(text[..<text.range(of: "BUSINESS CASE DEVELOPMENT\t\t\t\t\n")!.upperBound])
        let error = try #require(throws: FrameworkImportError.self) { try AXELOSImporter.importDocument(cut, options: options) }
        #expect(error == .truncatedDocument(line: 134, detail: "the document ends after \"BUSINESS CASE DEVELOPMENT\" without its level table"))
    }

    @Test func truncatedBetweenTables() throws {
        let text = try SeedDocuments.axelosText()
        let cut = String(text[..<text.range(of: "## 2.3 BUSINESS ANALYSIS")!.lowerBound])
        let error = try #require(throws: FrameworkImportError.self) { try AXELOSImporter.importDocument(cut, options: options) }
        #expect(error == .truncatedDocument(
            line: 206, detail: "the document ends before the skill tables of category \"Business analysis and change management\""))
    }

    @Test func truncatedInsideTheSummaryTable() throws {
        let text = try SeedDocuments.axelosText()
        let cut = String(text[..<text.range(of: "Business and commercial\t")!.lowerBound])
        let error = try #require(throws: FrameworkImportError.self) { try FrameworkImporter.importFramework(text: cut, options: options) }
        guard case .truncatedDocument(_, let detail) = error else {
            Issue.record("unexpected \(error)")
            return
        }
        #expect(detail == "the document ends inside the skill summary table")
    }

    @Test func truncatedSFIAPage() throws {
        let text = try SeedDocuments.sfiaText()
        let beforeLevels = String(text[..<text.range(of: "Performance management: Levels 1-3")!.lowerBound])
        #expect(throws: FrameworkImportError.truncatedDocument(line: 22, detail: "the page ends before its level descriptions")) {
            try FrameworkImporter.importFramework(text: beforeLevels, options: options)
        }
        let afterHeading = String(text[..<text.range(of: "Provides operational direction")!.lowerBound])
        #expect(throws: FrameworkImportError.truncatedDocument(line: 26, detail: "the last level heading has no text")) {
            try SFIAPageImporter.importPage(afterHeading, options: options)
        }
        let beforeLevel6 = String(text[..<text.range(of: "Performance management: Level 6")!.lowerBound])
        #expect(throws: FrameworkImportError.truncatedDocument(line: 46, detail: "the page ends before level 6, which it lists as defined")) {
            try SFIAPageImporter.importPage(beforeLevel6, options: options)
        }
    }

    @Test func documentsWithoutSkills() {
        #expect(throws: FrameworkImportError.noSkills(.axelos)) {
            try AXELOSImporter.importDocument("# Skills Framework\n\nNothing here yet.\n", options: options)
        }
        #expect(throws: FrameworkImportError.noSkills(.sfia)) {
            try SFIAPageImporter.importPage("Just a title\n\nAnd a sentence.\n", options: options)
        }
        #expect(FrameworkImportError.noSkills(.axelos).description == "No skills were found in the AXELOS document.")
    }
}
