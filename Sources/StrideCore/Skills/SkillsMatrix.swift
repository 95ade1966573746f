import Foundation

/// A team's skills, people by skills (SFIA Performance management: teams whose skills cover the
/// work): each person's confirmed level in each skill, and for the skills the team needs, whether
/// anyone holds the level needed.
///
/// The columns are the skills needed, in the order they were listed, then every other skill
/// somebody in the team has a confirmed level in, by name. A skill needed is *covered* when at
/// least one person holds it at the level needed or above; the uncovered ones are what the team
/// cannot yet do.
public struct SkillsMatrix: Sendable, Equatable {
    /// A person as the matrix takes them.
    public struct Person: Sendable, Equatable {
        public let id: UUID
        public let name: String
        /// Confirmed levels, by skill id.
        public let levels: [UUID: Int]

        public init(id: UUID, name: String, levels: [UUID: Int]) {
            self.id = id
            self.name = name
            self.levels = levels
        }
    }

    /// A skill of the matrix, with what the team needs of it.
    public struct Column: Sendable, Equatable {
        public let skill: SkillRef
        /// The level the team needs; nil for a skill somebody holds that is not asked for.
        public let needed: Int?
        public let essential: Bool
        /// How many people hold the skill at the level needed or above (or at all, when not needed).
        public let holders: Int
        /// The highest level anyone holds; nil when nobody does.
        public let best: Int?

        /// Needed, and nobody holds it at the level.
        public var isUncovered: Bool { needed != nil && holders == 0 }
    }

    /// A person's row: their level in each column, nil where none is confirmed.
    public struct Row: Sendable, Equatable {
        public let person: Person
        public let levels: [Int?]
    }

    public let columns: [Column]
    public let rows: [Row]

    /// The skills needed that nobody holds at the level needed.
    public var uncovered: [Column] { columns.filter(\.isUncovered) }

    /// - Parameters:
    ///   - people: the team, in the order the rows should be.
    ///   - needs: what the team needs (a workgroup's requirement list); may be empty.
    ///   - skills: the skills the people hold, by id (skills nobody can be shown without).
    public init(people: [Person], needs: [SkillRequirement], skills: [UUID: SkillRef]) {
        let neededIDs = Set(needs.map(\.skill.id))
        let held = Set(people.flatMap(\.levels.keys)).subtracting(neededIDs).compactMap { skills[$0] }
            .sorted { ($0.name.lowercased(), $0.frameworkName, $0.id.uuidString) < ($1.name.lowercased(), $1.frameworkName, $1.id.uuidString) }
        let wanted: [(SkillRef, Int?, Bool)] = needs.map { ($0.skill, $0.level, $0.essential) } + held.map { ($0, nil, false) }
        columns = wanted.map { skill, needed, essential in
            let levels = people.compactMap { $0.levels[skill.id] }
            return Column(skill: skill, needed: needed, essential: essential,
                          holders: levels.filter { $0 >= (needed ?? Int.min) }.count, best: levels.max())
        }
        rows = people.map { person in Row(person: person, levels: wanted.map { person.levels[$0.0.id] }) }
    }

    /// How dark a cell is, 0 (none) to 4, by where the level stands on its framework's scale:
    /// the shade only reinforces the number written in the cell.
    public static func shade(_ level: Int?, on scale: [Int]) -> Int {
        guard let level, let low = scale.min(), let high = scale.max() else { return 0 }
        guard high > low else { return 4 }
        let position = Double(min(max(level, low), high) - low) / Double(high - low)
        return 1 + Int((position * 3).rounded())
    }
}
