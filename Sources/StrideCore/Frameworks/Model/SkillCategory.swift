import Foundation

/// A group of skills, optionally divided into subcategories (AXELOS groups its IT Service
/// Management skills by service lifecycle stage, for example).
public struct SkillCategory: Sendable, Codable, Equatable {
    /// The category name as the source spells it.
    public var name: String
    /// Subcategory names in source order; empty when the category is not subdivided.
    public var subcategories: [String]

    public init(name: String, subcategories: [String] = []) {
        self.name = name
        self.subcategories = subcategories
    }

    /// Whether `subcategory` is one of this category's subcategories (case-insensitive).
    public func contains(subcategory: String) -> Bool {
        let key = FrameworkIdentity.key(subcategory)
        return subcategories.contains { FrameworkIdentity.key($0) == key }
    }

    private enum CodingKeys: String, CodingKey {
        case name, subcategories
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        subcategories = try container.decodeIfPresent([String].self, forKey: .subcategories) ?? []
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        if !subcategories.isEmpty { try container.encode(subcategories, forKey: .subcategories) }
    }
}
