import Foundation

/// A skills framework as Stride stores it: the published scale of levels, the categories and
/// every skill with its level definitions, plus where the content came from.
///
/// Frameworks are plain values so importers, the JSON format and the server can pass them
/// around freely; `validationProblems()` states the rules every stored framework obeys.
public struct SkillsFramework: Sendable, Codable, Equatable {
    /// The framework's published name, e.g. "SFIA" or "AXELOS Skills Framework".
    public var name: String
    /// The publisher's version label, e.g. "9" or "September 2015".
    public var version: String
    /// Who publishes the framework, e.g. "SFIA Foundation".
    public var publisher: String
    /// The file and moment this framework was imported from.
    public var source: FrameworkSource
    /// The levels skills are described at.
    public var levelScale: LevelScale
    /// Categories in source order; every skill's category is one of these.
    public var categories: [SkillCategory]
    /// Skills in source order.
    public var skills: [Skill]

    public init(
        name: String,
        version: String,
        publisher: String,
        source: FrameworkSource,
        levelScale: LevelScale,
        categories: [SkillCategory],
        skills: [Skill]
    ) {
        self.name = name
        self.version = version
        self.publisher = publisher
        self.source = source
        self.levelScale = levelScale
        self.categories = categories
        self.skills = skills
    }

    /// The (name, version) pair under which this framework is stored and upserted.
    public var identity: FrameworkIdentity {
        FrameworkIdentity(name: name, version: version)
    }

    /// The skill with this name, compared case-insensitively with whitespace collapsed.
    public func skill(named name: String) -> Skill? {
        let key = FrameworkIdentity.key(name)
        return skills.first { FrameworkIdentity.key($0.name) == key }
    }

    /// The skill with this code (e.g. "PEMT"), compared case-insensitively.
    public func skill(code: String) -> Skill? {
        let key = FrameworkIdentity.key(code)
        return skills.first { $0.code.map(FrameworkIdentity.key) == key }
    }

    /// The skills of one category, in framework order.
    public func skills(inCategory category: String) -> [Skill] {
        let key = FrameworkIdentity.key(category)
        return skills.filter { FrameworkIdentity.key($0.category) == key }
    }

    /// Adds the skills of `other` to this framework, replacing skills with the same code (or,
    /// for skills without a code, the same name).
    ///
    /// SFIA is published one page per skill, so a framework is built up page by page; each page
    /// must belong to the same framework identity. The newer import's source is kept.
    public func merging(_ other: SkillsFramework) throws -> SkillsFramework {
        guard identity == other.identity else {
            throw FrameworkImportError.identityMismatch(expected: identity, found: other.identity)
        }
        guard levelScale.numbers == other.levelScale.numbers else {
            throw FrameworkImportError.invalidFramework(["the level scales of the two imports differ"])
        }
        var merged = self
        merged.source = other.source
        for category in other.categories {
            merged.addCategory(category)
        }
        for skill in other.skills {
            if let index = merged.skills.firstIndex(where: { $0.isSameSkill(as: skill) }) {
                merged.skills[index] = skill
            } else {
                merged.skills.append(skill)
            }
        }
        return merged
    }

    private mutating func addCategory(_ category: SkillCategory) {
        let key = FrameworkIdentity.key(category.name)
        guard let index = categories.firstIndex(where: { FrameworkIdentity.key($0.name) == key }) else {
            categories.append(category)
            return
        }
        for subcategory in category.subcategories where !categories[index].contains(subcategory: subcategory) {
            categories[index].subcategories.append(subcategory)
        }
    }
}
