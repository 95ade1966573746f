import Foundation

/// The alignment view's tree: from an organisational outcome down through the unit outcomes and
/// workgroup objectives that contribute to it, to the individual outputs that serve them
/// (`ilo-pmf-note.txt` §8). Each node rolls up its own criteria and its children
/// (`ObjectiveRollup.combine`), and the tree flags what does not connect.
public struct AlignmentNode: Sendable, Equatable {
    public enum Level: String, Sendable, Codable {
        case organisationalOutcome = "organisational_outcome"
        case unitOutcome = "unit_outcome"
        case workgroupObjective = "workgroup_objective"
        case output
        /// A unit's branch of the tree folded into one node: the outcomes of the unit and every
        /// unit below it, rolled up (`AlignmentFold`).
        case unit
    }

    public let id: UUID
    public let level: Level
    public let title: String
    /// The node's own criteria, measured; empty for an output (its progress is in the appraisal).
    public let criteria: [ObjectiveRollup.Measured]
    public let children: [AlignmentNode]
    /// Outputs serving this node directly that are counted rather than listed as children: an
    /// organisation of 100,000 has hundreds of thousands.
    public let outputCount: Int

    public init(id: UUID, level: Level, title: String, criteria: [ObjectiveRollup.Measured] = [], children: [AlignmentNode] = [],
                outputCount: Int = 0) {
        self.id = id
        self.level = level
        self.title = title
        self.criteria = criteria
        self.children = children
        self.outputCount = outputCount
    }

    /// The node's progress and status: its own criteria and its measured children together, each
    /// child counting as much as its own total weight; nil when nothing below is measured.
    public var rollup: ObjectiveRollup.Measured? {
        ObjectiveRollup.combine(criteria + children.compactMap(\.rollup))
    }

    /// Whether an objective (or outcome) has no output anywhere below it: work nobody's plan serves.
    public var hasNoContributingOutputs: Bool {
        level != .output && outputCount == 0 && !children.contains { $0.level == .output || !$0.hasNoContributingOutputs }
    }

    /// The objectives and outcomes in the tree with no output below them, top down (a folded
    /// branch is not one itself; the outcomes in it are).
    public var unserved: [AlignmentNode] {
        (level != .output && level != .unit && hasNoContributingOutputs ? [self] : []) + children.flatMap(\.unserved)
    }

    /// How many outputs serve this node and everything below it.
    public var totalOutputs: Int {
        level == .output ? 1 : outputCount + children.reduce(0) { $0 + $1.totalOutputs }
    }
}

/// Outputs that serve nothing: those of a cycle linked to no unit outcome or objective.
public enum AlignmentFlags {
    /// The outputs among `outputs` whose link is missing or points at none of `known`.
    public static func unlinked(_ outputs: [(key: UUID, linkedTo: UUID?)], known: Set<UUID>) -> [UUID] {
        outputs.filter { output in output.linkedTo.map { !known.contains($0) } ?? true }.map(\.key)
    }
}
