import Foundation

/// The document formats Stride can import skills frameworks from.
public enum FrameworkFormat: String, Sendable, Codable, Equatable, CaseIterable {
    /// An SFIA skill page (one skill, levels 1–7), as copied from the SFIA website.
    case sfia
    /// The AXELOS Skills Framework document (Markdown with HTML tables).
    case axelos
    /// Stride's canonical framework JSON (see docs/framework-json.md).
    case json
    /// Not recognised.
    case unknown

    /// The name to use in messages.
    public var displayName: String {
        switch self {
        case .sfia: return "SFIA"
        case .axelos: return "AXELOS"
        case .json: return "JSON"
        case .unknown: return "unrecognised"
        }
    }
}
