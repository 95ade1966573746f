import Foundation

/// Allocating work by individual capability (SFIA Performance management, level 4): a task
/// needs skills at levels, and the members of a workgroup are ranked by how well they fit it.
public enum WorkAllocation {
    /// A member as the ranking sees them.
    public struct Candidate: Sendable, Equatable {
        public let id: UUID
        public let name: String
        /// Confirmed levels, by skill id.
        public let levels: [UUID: Int]
        /// Tasks assigned to them and not yet done.
        public let openTasks: Int
        /// Whether whoever reads the ranking may see this candidate's levels (they may open their
        /// record); when not, the ranking still places them, but its words say nothing of their levels.
        public let levelsShared: Bool

        public init(id: UUID, name: String, levels: [UUID: Int], openTasks: Int, levelsShared: Bool = true) {
            self.id = id
            self.name = name
            self.levels = levels
            self.openTasks = openTasks
            self.levelsShared = levelsShared
        }
    }

    /// How far a candidate falls short on one skill.
    public struct Shortfall: Sendable, Equatable {
        public let skill: SkillRef
        public let held: Int?
        public let needed: Int
        public var levels: Int { max(0, needed - (held ?? 0)) }
    }

    /// A candidate's place in the ranking, and why.
    public struct Ranked: Sendable, Equatable {
        /// 1 for the best fit; candidates who tie share a rank (1, 2, 2, 4).
        public let rank: Int
        public let candidate: Candidate
        /// The levels missing over every requirement, none held counting as 0.
        public let totalShortfall: Int
        public let shortfalls: [Shortfall]
        /// Why they stand where they do, in words.
        public let explanation: String
    }

    /// The candidates by fit: the smallest total shortfall first, then the fewest open tasks;
    /// candidates equal on both share a rank and are listed by name.
    public static func rank(_ candidates: [Candidate], for requirements: [SkillRequirement]) -> [Ranked] {
        let scored = candidates.map { candidate in
            let shortfalls = requirements.map {
                Shortfall(skill: $0.skill, held: candidate.levels[$0.skill.id], needed: $0.level)
            }.filter { $0.levels > 0 }
            return (candidate, shortfalls, shortfalls.reduce(0) { $0 + $1.levels })
        }.sorted { a, b in
            if a.2 != b.2 { return a.2 < b.2 }
            if a.0.openTasks != b.0.openTasks { return a.0.openTasks < b.0.openTasks }
            return (a.0.name.lowercased(), a.0.id.uuidString) < (b.0.name.lowercased(), b.0.id.uuidString)
        }
        var ranked: [Ranked] = []
        for (index, (candidate, shortfalls, total)) in scored.enumerated() {
            let tied = ranked.last.map { $0.totalShortfall == total && $0.candidate.openTasks == candidate.openTasks } ?? false
            ranked.append(Ranked(rank: tied ? ranked.last!.rank : index + 1, candidate: candidate, totalShortfall: total,
                                 shortfalls: shortfalls, explanation: explain(shortfalls, total: total, openTasks: candidate.openTasks,
                                                                               requirements: requirements.count,
                                                                               sharesLevels: candidate.levelsShared)))
        }
        return ranked
    }

    static func explain(_ shortfalls: [Shortfall], total: Int, openTasks: Int, requirements: Int, sharesLevels: Bool) -> String {
        let tasks = openTasks == 0 ? "no open tasks" : counted(openTasks, "open task")
        guard sharesLevels else { return "Ranked on levels not shared with you; \(tasks)." }
        guard total > 0 else {
            return requirements == 0 ? "No skills asked for; \(tasks)." : "Meets every requirement; \(tasks)."
        }
        let each = shortfalls.map { short in
            "\(short.skill.name) (\(short.held.map { "holds \($0)" } ?? "not assessed"), needs \(short.needed))"
        }
        return "Short by \(counted(total, "level")): \(each.joined(separator: ", ")); \(tasks)."
    }
}
