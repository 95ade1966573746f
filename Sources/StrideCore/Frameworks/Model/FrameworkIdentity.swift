import Foundation

/// The key under which a framework is stored: its name and version.
///
/// Importing a framework whose identity already exists updates it rather than adding a copy.
/// Comparison ignores case and runs of whitespace because the same framework arrives from
/// files typed by different people ("SFIA 9" vs "sfia  9" must not become two frameworks).
public struct FrameworkIdentity: Sendable, Codable, Hashable, CustomStringConvertible {
    /// The framework name as given.
    public let name: String
    /// The framework version as given.
    public let version: String

    public init(name: String, version: String) {
        self.name = name
        self.version = version
    }

    public var description: String { "\(name) \(version)" }

    /// The name as compared: storage keeps this beside the name so lookups are exact matches.
    public var nameKey: String { Self.key(name) }
    /// The version as compared.
    public var versionKey: String { Self.key(version) }

    public static func == (lhs: FrameworkIdentity, rhs: FrameworkIdentity) -> Bool {
        key(lhs.name) == key(rhs.name) && key(lhs.version) == key(rhs.version)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(Self.key(name))
        hasher.combine(Self.key(version))
    }

    /// The comparison form of a name: trimmed, whitespace collapsed, case folded.
    static func key(_ text: String) -> String {
        FrameworkText.collapsingWhitespace(text).lowercased()
    }
}
