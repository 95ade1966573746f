import Foundation

/// A skill's definition at one level of the scale.
public struct SkillLevel: Sendable, Codable, Equatable {
    /// The level number on the framework's scale.
    public var number: Int
    /// Whether the skill is defined at this level and, if so, how.
    public var definition: LevelDefinition
    /// A remark the source makes about the level that is not level content, such as SFIA's
    /// "This skill is not typically observed or practiced at this level…".
    public var note: String?

    public init(number: Int, definition: LevelDefinition, note: String? = nil) {
        self.number = number
        self.definition = definition
        self.note = note
    }

    /// A level with content.
    public static func defined(_ number: Int, summary: String, indicators: [String], note: String? = nil) -> SkillLevel {
        SkillLevel(number: number, definition: .defined(summary: summary, indicators: indicators), note: note)
    }

    /// A level the source rules out for this skill.
    public static func notDefined(_ number: Int, note: String? = nil) -> SkillLevel {
        SkillLevel(number: number, definition: .notDefined, note: note)
    }

    public var isDefined: Bool {
        if case .defined = definition { return true }
        return false
    }

    /// The one-sentence summary of a defined level; nil when not defined.
    public var summary: String? {
        if case .defined(let summary, _) = definition { return summary }
        return nil
    }

    /// The behavioural indicators in source order; empty when not defined.
    public var indicators: [String] {
        if case .defined(_, let indicators) = definition { return indicators }
        return []
    }

    // JSON flattens the definition into the level object: {"number", "status", "summary",
    // "indicators", "note"}, which reads more naturally than a nested enum encoding.
    private enum CodingKeys: String, CodingKey {
        case number, status, summary, indicators, note
    }

    private enum Status: String, Codable {
        case defined, notDefined
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        number = try container.decode(Int.self, forKey: .number)
        note = try container.decodeIfPresent(String.self, forKey: .note)
        switch try container.decode(Status.self, forKey: .status) {
        case .defined:
            definition = .defined(
                summary: try container.decode(String.self, forKey: .summary),
                indicators: try container.decode([String].self, forKey: .indicators))
        case .notDefined:
            guard !container.contains(.summary), !container.contains(.indicators) else {
                throw DecodingError.dataCorruptedError(
                    forKey: .status, in: container,
                    debugDescription: "a level with status notDefined cannot have a summary or indicators")
            }
            definition = .notDefined
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(number, forKey: .number)
        try container.encodeIfPresent(note, forKey: .note)
        switch definition {
        case .defined(let summary, let indicators):
            try container.encode(Status.defined, forKey: .status)
            try container.encode(summary, forKey: .summary)
            try container.encode(indicators, forKey: .indicators)
        case .notDefined:
            try container.encode(Status.notDefined, forKey: .status)
        }
    }
}

/// Whether a skill is defined at a level.
public enum LevelDefinition: Sendable, Equatable {
    /// The skill is described at this level: a summary sentence and the behavioural indicators
    /// in source order.
    case defined(summary: String, indicators: [String])
    /// The source rules the level out (AXELOS "–", SFIA "not typically observed").
    case notDefined
}
