import Foundation
import StrideCore
import Testing

/// Which version an import records, and what the report says about it.
@Suite struct VersionChoiceTests {
    static let now = Date(timeIntervalSince1970: 1_772_355_600)

    @Test func aVersionGivenWithTheImportIsUsedEvenOverTheDocumentsOwn() throws {
        let text = try SeedDocuments.axelosText()
        let options = FrameworkImportOptions(importedAt: Self.now, version: "2030 draft")
        let (framework, report) = try FrameworkImporter.importFramework(text: text, format: .axelos, options: options)
        #expect(framework.version == "2030 draft")
        #expect(report.warnings.map(\.message).contains { $0.hasPrefix("using version \"2030 draft\" given with the import instead of version") })
    }

    @Test func theDocumentsVersionWinsOverAFileNameHint() throws {
        let text = try SeedDocuments.axelosText()
        let stated = try FrameworkImporter.importFramework(text: text, format: .axelos,
                                                           options: FrameworkImportOptions(importedAt: Self.now)).0.version
        let options = FrameworkImportOptions(importedAt: Self.now, version: "9", versionSource: .fileName("axelos-v9.md"))
        let (framework, report) = try FrameworkImporter.importFramework(text: text, format: .axelos, options: options)
        #expect(framework.version == stated)
        #expect(report.warnings.map(\.message).contains("using version \"\(stated)\" stated in the document; the file name axelos-v9.md suggests \"9\""))
    }

    @Test func aFileNameHintIsNamedAsSuch() throws {
        let options = FrameworkImportOptions(importedAt: Self.now, version: "9", versionSource: .fileName("sfia-pemt-v9.txt"))
        let (framework, report) = try FrameworkImporter.importFramework(text: try SeedDocuments.sfiaText(), format: .sfia, options: options)
        #expect(framework.version == "9")
        #expect(report.warnings.map(\.message).contains("the document does not state its version; using \"9\" from the file name sfia-pemt-v9.txt"))
        #expect(!report.warnings.map(\.message).contains { $0.contains("given with the import") })
    }

    @Test func noVersionAtAllIsRefused() throws {
        #expect(throws: FrameworkImportError.self) {
            try FrameworkImporter.importFramework(text: try SeedDocuments.sfiaText(), format: .sfia,
                                                  options: FrameworkImportOptions(importedAt: Self.now))
        }
    }
}
