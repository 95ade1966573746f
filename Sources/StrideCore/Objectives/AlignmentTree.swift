import Foundation

/// The alignment view's tree: from an organisational outcome down through the unit outcomes and
/// workgroup objectives that contribute to it, each counting the individual outputs that serve it
/// (`ilo-pmf-note.txt` §8). Each node rolls up its own criteria and its children
/// (`ObjectiveRollup.combine`), and the tree flags what no output serves.
public struct AlignmentNode: Sendable, Equatable {
    public enum Level: String, Sendable, Codable {
        case organisationalOutcome = "organisational_outcome"
        case unitOutcome = "unit_outcome"
        case workgroupObjective = "workgroup_objective"
        /// A unit's branch of the tree folded into one node: the outcomes of the unit and every
        /// unit below it, rolled up (`AlignmentFold`).
        case unit
    }

    public let id: UUID
    public let level: Level
    public let title: String
    /// The node's own criteria, measured (outputs have none: their progress is in the appraisal).
    public let criteria: [ObjectiveRollup.Measured]
    public let children: [AlignmentNode]
    /// How many outputs serve this node directly: they are counted, not held, since an
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
        outputCount == 0 && children.allSatisfy(\.hasNoContributingOutputs)
    }

    /// The objectives and outcomes in the tree with no output below them, top down (a folded
    /// branch is not one itself; the outcomes in it are).
    public var unserved: [AlignmentNode] {
        (level != .unit && hasNoContributingOutputs ? [self] : []) + children.flatMap(\.unserved)
    }

    /// How many outputs serve this node and everything below it.
    public var totalOutputs: Int {
        outputCount + children.reduce(0) { $0 + $1.totalOutputs }
    }
}
