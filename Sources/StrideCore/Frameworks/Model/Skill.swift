import Foundation

/// One skill of a framework with its definition at each level of the framework's scale.
public struct Skill: Sendable, Codable, Equatable {
    /// The publisher's code where the source has one (SFIA "PEMT"); AXELOS skills have none.
    public var code: String?
    /// The skill name as the framework's skill list spells it.
    public var name: String
    /// The name of the category the skill belongs to.
    public var category: String
    /// The subcategory within `category`, when the source subdivides it.
    public var subcategory: String?
    /// What the skill is: the definition printed with the level descriptions.
    public var description: String
    /// A second, shorter definition when the source also lists the skill in an overview table
    /// whose wording differs (AXELOS's "Skill summary"); kept so no source text is lost.
    public var summaryDescription: String?
    /// Guidance paragraphs (SFIA "Guidance notes"), in source order.
    public var guidanceNotes: [String]
    /// Example activities (SFIA "Activities may include"), in source order.
    public var activities: [String]
    /// The skill's definition at each level the source describes, in ascending level order.
    /// A level the source says nothing about is absent; one it rules out is `.notDefined`.
    public var levels: [SkillLevel]

    public init(
        code: String? = nil,
        name: String,
        category: String,
        subcategory: String? = nil,
        description: String,
        summaryDescription: String? = nil,
        guidanceNotes: [String] = [],
        activities: [String] = [],
        levels: [SkillLevel]
    ) {
        self.code = code
        self.name = name
        self.category = category
        self.subcategory = subcategory
        self.description = description
        self.summaryDescription = summaryDescription
        self.guidanceNotes = guidanceNotes
        self.activities = activities
        self.levels = levels.sorted { $0.number < $1.number }
    }

    /// The definition at `number`, or nil when the source does not describe that level.
    public func level(_ number: Int) -> SkillLevel? {
        levels.first { $0.number == number }
    }

    /// The numbers of the levels at which the skill is defined.
    public var definedLevelNumbers: [Int] {
        levels.filter(\.isDefined).map(\.number)
    }

    /// The number of behavioural indicators over all levels.
    public var indicatorCount: Int {
        levels.reduce(0) { $0 + $1.indicators.count }
    }

    /// Whether `other` is the same skill, by code when both have one, otherwise by name.
    func isSameSkill(as other: Skill) -> Bool {
        if let code, let otherCode = other.code {
            return FrameworkIdentity.key(code) == FrameworkIdentity.key(otherCode)
        }
        return FrameworkIdentity.key(name) == FrameworkIdentity.key(other.name)
    }

    private enum CodingKeys: String, CodingKey {
        case code, name, category, subcategory, description, summaryDescription
        case guidanceNotes, activities, levels
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            code: try container.decodeIfPresent(String.self, forKey: .code),
            name: try container.decode(String.self, forKey: .name),
            category: try container.decode(String.self, forKey: .category),
            subcategory: try container.decodeIfPresent(String.self, forKey: .subcategory),
            description: try container.decode(String.self, forKey: .description),
            summaryDescription: try container.decodeIfPresent(String.self, forKey: .summaryDescription),
            guidanceNotes: try container.decodeIfPresent([String].self, forKey: .guidanceNotes) ?? [],
            activities: try container.decodeIfPresent([String].self, forKey: .activities) ?? [],
            levels: try container.decode([SkillLevel].self, forKey: .levels))
    }

    // Empty lists are left out so that JSON for sources without guidance or activities
    // (AXELOS) stays free of noise; decoding treats a missing list as empty.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(code, forKey: .code)
        try container.encode(name, forKey: .name)
        try container.encode(category, forKey: .category)
        try container.encodeIfPresent(subcategory, forKey: .subcategory)
        try container.encode(description, forKey: .description)
        try container.encodeIfPresent(summaryDescription, forKey: .summaryDescription)
        if !guidanceNotes.isEmpty { try container.encode(guidanceNotes, forKey: .guidanceNotes) }
        if !activities.isEmpty { try container.encode(activities, forKey: .activities) }
        try container.encode(levels, forKey: .levels)
    }
}
