import Foundation
import StrideCore

/// Reads the shared seed documents. They are found next to the package, at
/// `<package root>/../shared/seeds`, or wherever `STRIDE_SEEDS_DIR` points; they are never
/// copied into the repository.
enum SeedDocuments {
    static let axelosFileName = "axelos-skills-framework.md"
    static let sfiaFileName = "sfia-pemt-v9.txt"

    static var directory: URL {
        if let override = ProcessInfo.processInfo.environment["STRIDE_SEEDS_DIR"], !override.isEmpty {
            return URL(fileURLWithPath: override, isDirectory: true)
        }
        return packageRoot.deletingLastPathComponent().appendingPathComponent("shared/seeds", isDirectory: true)
    }

    /// The directory holding Package.swift, found by walking up from this source file.
    static var packageRoot: URL {
        var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while folder.path != "/" {
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path) {
                return folder
            }
            folder.deleteLastPathComponent()
        }
        fatalError("no Package.swift above \(#filePath); set STRIDE_SEEDS_DIR")
    }

    static func text(_ fileName: String) throws -> String {
        try String(contentsOf: directory.appendingPathComponent(fileName), encoding: .utf8)
    }

    static func axelosText() throws -> String { try text(axelosFileName) }
    static func sfiaText() throws -> String { try text(sfiaFileName) }

    /// A fixed import moment, so results do not depend on the clock.
    static let importedAt = Date(timeIntervalSince1970: 1_718_000_000)

    static func options(fileName: String? = nil, version: String? = nil) -> FrameworkImportOptions {
        FrameworkImportOptions(importedAt: importedAt, fileName: fileName, version: version)
    }

    /// The AXELOS seed imported once and shared: debug builds take a few hundred
    /// milliseconds per import, and many tests only read the result.
    private static let axelosImport = Result {
        try AXELOSImporter.importDocument(axelosText(), options: options(fileName: axelosFileName))
    }

    static func axelos() throws -> (SkillsFramework, FrameworkImportReport) {
        try axelosImport.get()
    }

    static func sfia(version: String? = "9") throws -> (SkillsFramework, FrameworkImportReport) {
        try SFIAPageImporter.importPage(sfiaText(), options: options(fileName: sfiaFileName, version: version))
    }
}
