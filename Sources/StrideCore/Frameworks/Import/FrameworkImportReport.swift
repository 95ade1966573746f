import Foundation

/// What an import produced and what it could not use, for the administrator to check.
public struct FrameworkImportReport: Sendable, Codable, Equatable {
    /// The format the document was read as.
    public var format: FrameworkFormat
    /// Counts per category, in framework order.
    public var categories: [CategoryCounts]
    /// Source text the importer could not attach to any skill, with its line number.
    public var unplaced: [UnplacedText]
    /// Things the importer did that the administrator should know about, such as a version
    /// taken from the options or a level the document does not describe.
    public var warnings: [ImportWarning]
    /// How long the import took; the importers are pure, so the caller measures and fills this.
    public var elapsed: Duration?

    public init(
        format: FrameworkFormat,
        categories: [CategoryCounts],
        unplaced: [UnplacedText] = [],
        warnings: [ImportWarning] = [],
        elapsed: Duration? = nil
    ) {
        self.format = format
        self.categories = categories
        self.unplaced = unplaced
        self.warnings = warnings
        self.elapsed = elapsed
    }

    /// A report whose counts are taken from `framework`.
    public init(
        format: FrameworkFormat,
        framework: SkillsFramework,
        unplaced: [UnplacedText] = [],
        warnings: [ImportWarning] = []
    ) {
        let counts = framework.categories.map { category in
            let skills = framework.skills(inCategory: category.name)
            return CategoryCounts(
                category: category.name,
                skills: skills.count,
                definedLevels: skills.reduce(0) { $0 + $1.definedLevelNumbers.count },
                indicators: skills.reduce(0) { $0 + $1.indicatorCount })
        }
        self.init(format: format, categories: counts, unplaced: unplaced, warnings: warnings)
    }

    public var skillCount: Int { categories.reduce(0) { $0 + $1.skills } }
    public var definedLevelCount: Int { categories.reduce(0) { $0 + $1.definedLevels } }
    public var indicatorCount: Int { categories.reduce(0) { $0 + $1.indicators } }

    /// The counts of one category, matched case-insensitively.
    public func counts(forCategory name: String) -> CategoryCounts? {
        let key = FrameworkIdentity.key(name)
        return categories.first { FrameworkIdentity.key($0.category) == key }
    }
}

/// How much one category of an import contains.
public struct CategoryCounts: Sendable, Codable, Equatable {
    public var category: String
    public var skills: Int
    /// Skill levels with content (not "not defined").
    public var definedLevels: Int
    public var indicators: Int

    public init(category: String, skills: Int, definedLevels: Int, indicators: Int) {
        self.category = category
        self.skills = skills
        self.definedLevels = definedLevels
        self.indicators = indicators
    }
}

/// A piece of the source the importer could not place, so that nothing is dropped silently.
public struct UnplacedText: Sendable, Codable, Equatable {
    /// The 1-based line in the document (after line endings are normalised).
    public var line: Int
    /// The text as found, without markup.
    public var text: String
    /// Why it could not be placed.
    public var reason: String

    public init(line: Int, text: String, reason: String) {
        self.line = line
        self.text = text
        self.reason = reason
    }
}

/// Something the import decided or noticed that did not stop it.
public struct ImportWarning: Sendable, Codable, Equatable {
    /// The 1-based line the warning is about, if it is about one.
    public var line: Int?
    public var message: String

    public init(line: Int? = nil, message: String) {
        self.line = line
        self.message = message
    }
}
