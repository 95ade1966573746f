import Foundation

/// The single entry point the server uses: detects the format of an upload and runs the
/// matching importer.
public enum FrameworkImporter {
    /// Decodes the upload (rejecting binary data and invalid UTF-8) and imports it.
    public static func importFramework(
        data: Data, options: FrameworkImportOptions
    ) throws -> (SkillsFramework, FrameworkImportReport) {
        try importFramework(text: FrameworkText.decode(data), options: options)
    }

    /// Imports text in any supported format. Throws `FrameworkImportError.unknownFormat` when
    /// the format cannot be recognised.
    public static func importFramework(
        text: String, options: FrameworkImportOptions
    ) throws -> (SkillsFramework, FrameworkImportReport) {
        try importFramework(text: text, format: nil, options: options)
    }

    /// Imports text in the given format, or the detected one when `format` is nil. A format
    /// the caller names is used even where detection would guess differently.
    public static func importFramework(
        text: String, format: FrameworkFormat?, options: FrameworkImportOptions
    ) throws -> (SkillsFramework, FrameworkImportReport) {
        try checkIsText(text)
        switch format ?? FrameworkFormatDetector.detect(text: text, fileName: options.fileName) {
        case .sfia:
            return try SFIAPageImporter.importPage(text, options: options)
        case .axelos:
            return try AXELOSImporter.importDocument(text, options: options)
        case .json:
            let framework = try FrameworkJSON.decode(text)
            return (framework, FrameworkImportReport(format: .json, framework: framework))
        case .unknown:
            throw FrameworkImportError.unknownFormat(fileName: options.fileName)
        }
    }

    /// Rejects text that cannot be a framework document before any importer reads it.
    static func checkIsText(_ text: String) throws {
        if let nul = text.utf8.firstIndex(of: 0) {
            throw FrameworkImportError.binaryData(byteOffset: text.utf8.distance(from: text.utf8.startIndex, to: nul))
        }
        if FrameworkText.isBlank(text) { throw FrameworkImportError.emptyDocument }
    }
}
