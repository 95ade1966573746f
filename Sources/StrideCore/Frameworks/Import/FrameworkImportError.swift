import Foundation

/// Why a framework could not be imported. Every case reads as a sentence an administrator can
/// act on, because the server shows these messages to the person who uploaded the file.
public enum FrameworkImportError: Error, Sendable, Equatable, CustomStringConvertible, LocalizedError {
    /// The upload is empty or only whitespace.
    case emptyDocument
    /// The upload contains a NUL byte, so it is not a text document.
    case binaryData(byteOffset: Int)
    /// The upload is not valid UTF-8 text.
    case invalidUTF8(byteOffset: Int)
    /// The text is neither an SFIA skill page, the AXELOS Skills Framework nor Stride JSON.
    case unknownFormat(fileName: String?)
    /// The document stops part-way, e.g. inside a table.
    case truncatedDocument(line: Int, detail: String)
    /// The document was read but contains no skill.
    case noSkills(FrameworkFormat)
    /// The document does not say which version of the framework it is and no version was given.
    case missingVersion(FrameworkFormat)
    /// The JSON could not be read; the text says where and why.
    case malformedJSON(String)
    /// The JSON was written by a newer or unknown version of the format.
    case unsupportedFormatVersion(Int)
    /// The framework breaks the model's rules (see `SkillsFramework.validationProblems()`).
    case invalidFramework([String])
    /// Two imports were combined although they belong to different frameworks.
    case identityMismatch(expected: FrameworkIdentity, found: FrameworkIdentity)

    public var description: String {
        switch self {
        case .emptyDocument:
            return "The document is empty."
        case .binaryData(let offset):
            return "The file is binary data, not text (NUL byte at offset \(offset))."
        case .invalidUTF8(let offset):
            return "The file is not valid UTF-8 text (invalid byte at offset \(offset)); save it as UTF-8 and try again."
        case .unknownFormat(let fileName):
            let subject = fileName.map { "\"\($0)\"" } ?? "The document"
            return "\(subject) is not in a recognised format; expected an SFIA skill page, the AXELOS Skills Framework or Stride framework JSON."
        case .truncatedDocument(let line, let detail):
            return "The document appears to be truncated at line \(line): \(detail)."
        case .noSkills(let format):
            return "No skills were found in the \(format.displayName) document."
        case .missingVersion(let format):
            return "The \(format.displayName) document does not state its framework version; supply the version with the import."
        case .malformedJSON(let detail):
            return "The framework JSON is malformed: \(detail)."
        case .unsupportedFormatVersion(let version):
            return "The framework JSON has formatVersion \(version); this version of Stride reads formatVersion \(FrameworkJSON.formatVersion)."
        case .invalidFramework(let problems):
            return "The framework is invalid: " + problems.joined(separator: "; ") + "."
        case .identityMismatch(let expected, let found):
            return "The import belongs to framework \"\(found)\", not \"\(expected)\"."
        }
    }

    public var errorDescription: String? { description }
}
