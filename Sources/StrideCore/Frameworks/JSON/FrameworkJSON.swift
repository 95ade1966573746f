import Foundation

/// Stride's canonical JSON for skills frameworks (schema: docs/framework.schema.json).
///
/// Output is deterministic — sorted keys, pretty printed, timestamps to the second — so an
/// exported framework can be diffed and re-imported to an identical value. Reading validates
/// the framework with `SkillsFramework.validationProblems()`.
public enum FrameworkJSON {
    /// The format version written to, and required in, every document.
    public static let formatVersion = 1

    /// The top-level object: the format version and the framework.
    private struct Document: Codable {
        var formatVersion: Int
        var framework: SkillsFramework
    }

    /// The framework as UTF-8 JSON, ending with a newline.
    public static func encode(_ framework: SkillsFramework) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(Document(formatVersion: formatVersion, framework: framework))
        data.append(0x0A)
        return data
    }

    /// The framework as a JSON string.
    public static func encodeString(_ framework: SkillsFramework) throws -> String {
        String(decoding: try encode(framework), as: UTF8.self)
    }

    /// Reads and validates a framework. Throws `FrameworkImportError` with a readable reason.
    public static func decode(_ data: Data) throws -> SkillsFramework {
        try decode(FrameworkText.decode(data))
    }

    /// Reads and validates a framework from JSON text.
    public static func decode(_ text: String) throws -> SkillsFramework {
        try FrameworkImporter.checkIsText(text)
        let data = Data(text.utf8)
        let decoder = JSONDecoder()
        if let version = try? decoder.decode(VersionProbe.self, from: data).formatVersion, version != formatVersion {
            throw FrameworkImportError.unsupportedFormatVersion(version)
        }
        let framework: SkillsFramework
        do {
            framework = try decoder.decode(Document.self, from: data).framework
        } catch let error as DecodingError {
            throw FrameworkImportError.malformedJSON(describe(error))
        } catch {
            throw FrameworkImportError.malformedJSON(String(describing: error))
        }
        if framework.skills.isEmpty { throw FrameworkImportError.noSkills(.json) }
        try framework.validate()
        return framework
    }

    private struct VersionProbe: Decodable {
        var formatVersion: Int
    }

    /// A decoding error as "at framework.skills[3].levels[0].status: …".
    private static func describe(_ error: DecodingError) -> String {
        func path(_ codingPath: [any CodingKey]) -> String {
            let text = codingPath.reduce("") { result, key in
                if let index = key.intValue { return result + "[\(index)]" }
                return result.isEmpty ? key.stringValue : result + "." + key.stringValue
            }
            return text.isEmpty ? "the top level" : text
        }
        switch error {
        case .keyNotFound(let key, let context):
            return "at \(path(context.codingPath)): the required key \"\(key.stringValue)\" is missing"
        case .typeMismatch(let type, let context):
            return "at \(path(context.codingPath)): expected \(type)"
        case .valueNotFound(let type, let context):
            return "at \(path(context.codingPath)): expected \(type) but found null"
        case .dataCorrupted(let context):
            let underlying = (context.underlyingError as? NSError)?.localizedDescription
            return "at \(path(context.codingPath)): \(context.debugDescription)" + (underlying.map { " (\($0))" } ?? "")
        @unknown default:
            return String(describing: error)
        }
    }
}
