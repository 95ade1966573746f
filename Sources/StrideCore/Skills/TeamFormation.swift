import Foundation

/// Forming a workgroup for an objective: people who together cover the skills and levels the
/// work needs (SFIA Performance management: "allocates work to teams and individuals, taking
/// account of their capability").
///
/// The suggestion is a greedy set cover, documented as such: it repeatedly takes the candidate
/// who covers the most requirements still uncovered (a requirement is covered by a confirmed
/// level at or above the one needed), breaking ties by the fewest open tasks, then by name, until
/// every requirement is covered or nobody covers another. Greedy is not always the smallest team,
/// but it is within a small factor of it, explainable in a sentence, and instant at any size.
public enum TeamFormation {
    public struct Suggestion: Sendable, Equatable {
        /// The people suggested, in the order taken, each with the requirements they were taken for.
        public let members: [(candidate: WorkAllocation.Candidate, covers: [SkillRequirement])]
        /// The requirements nobody among the candidates covers.
        public let uncovered: [SkillRequirement]

        public static func == (a: Suggestion, b: Suggestion) -> Bool {
            a.uncovered == b.uncovered && a.members.map(\.candidate) == b.members.map(\.candidate)
                && a.members.map(\.covers) == b.members.map(\.covers)
        }
    }

    public static func suggest(_ candidates: [WorkAllocation.Candidate], for requirements: [SkillRequirement], size limit: Int? = nil) -> Suggestion {
        func covers(_ candidate: WorkAllocation.Candidate, _ requirement: SkillRequirement) -> Bool {
            (candidate.levels[requirement.skill.id] ?? 0) >= requirement.level
        }
        var open = requirements
        var pool = candidates.sorted { ($0.openTasks, $0.name.lowercased(), $0.id.uuidString) < ($1.openTasks, $1.name.lowercased(), $1.id.uuidString) }
        var members: [(candidate: WorkAllocation.Candidate, covers: [SkillRequirement])] = []
        while !open.isEmpty, limit.map({ members.count < $0 }) ?? true {
            // The pool is in tie-break order, so the first with the most wins.
            var best: (index: Int, covered: [SkillRequirement])?
            for (index, candidate) in pool.enumerated() {
                let covered = open.filter { covers(candidate, $0) }
                if covered.count > (best?.covered.count ?? 0) { best = (index, covered) }
            }
            guard let best else { break }
            members.append((pool[best.index], best.covered))
            open.removeAll { requirement in best.covered.contains(requirement) }
            pool.remove(at: best.index)
        }
        return Suggestion(members: members, uncovered: open)
    }
}

extension TeamFormation {
    /// A person the lead chose from the suggestion, with their role in the group.
    public struct Pick: Sendable, Equatable {
        public let staffID: UUID
        public let role: String

        public init(staffID: UUID, role: String) {
            self.staffID = staffID
            self.role = role
        }
    }

    /// The people ticked, each with the role typed beside them, or the problems: `members` when
    /// nobody (or somebody not offered) is ticked, `role-<id>` for a ticked person's role.
    public static func picks(_ ticked: [(id: String, role: String?)], offered: Set<UUID>) -> Validated<[Pick]> {
        var check = FieldChecker()
        var picks: [Pick] = []
        if ticked.isEmpty { check.add("members", "Choose at least one person to add") }
        for entry in ticked {
            guard let id = UUID(uuidString: entry.id), offered.contains(id) else {
                check.add("members", "Choose among the people suggested")
                continue
            }
            switch WorkgroupRole.validate(entry.role) {
            case .valid(let role): picks.append(Pick(staffID: id, role: role))
            case .invalid(let errors): for error in errors { check.add("role-\(id.uuidString.lowercased())", error.message) }
            }
        }
        return check.result(picks)
    }
}
