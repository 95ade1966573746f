import Foundation

/// How the alignment tree is folded by the unit tree when it is too long to read on one page.
///
/// An organisation of 100,000 has a thousand unit outcomes. The tree then opens on one unit (the
/// organisation's head unit, or the one asked for): that unit's own outcomes are shown in full,
/// and the outcomes of each unit directly below it are folded into one node for that unit,
/// rolled up, to be opened in turn. A small tree, up to `foldAbove` unit outcomes under the unit
/// looked at, is shown whole.
public struct AlignmentFold: Sendable, Equatable {
    /// Where a unit outcome sits in the folded tree, by the unit that owns it.
    public enum Placement: Equatable, Sendable {
        case shown
        /// In the folded branch of this unit, a child of the focus.
        case folded(into: UUID)
        /// Outside the branch looked at.
        case outside
    }

    /// Unit outcomes a page shows before it folds.
    public static let foldAbove = 30

    /// The unit whose branch is looked at; nil for the whole organisation.
    public let focus: UUID?
    /// Whether the whole organisation is looked at (no unit was asked for), where an outcome
    /// nothing serves is news; looking at a branch, outcomes it does not serve are left out.
    public let isWholeOrganisation: Bool
    /// Whether the branches below the focus are folded.
    public let folds: Bool
    private let parents: [UUID: UUID]

    /// - Parameters:
    ///   - focus: the unit asked for, or nil for the whole organisation.
    ///   - parents: each unit's parent unit (roots are absent).
    ///   - outcomeUnits: the owning unit of every unit outcome in the tree, once per outcome.
    public init(focus: UUID?, parents: [UUID: UUID], outcomeUnits: [UUID]) {
        self.parents = parents
        isWholeOrganisation = focus == nil
        func root(_ unit: UUID) -> UUID { Self.ancestors(of: unit, parents: parents).last ?? unit }
        // With one head unit, the whole organisation is that unit's branch: open on it, not on a single fold.
        var focus = focus
        if focus == nil, let first = outcomeUnits.first, outcomeUnits.allSatisfy({ root($0) == root(first) }) { focus = root(first) }
        self.focus = focus
        let inBranch = outcomeUnits.filter { unit in focus.map { $0 == unit || Self.ancestors(of: unit, parents: parents).contains($0) } ?? true }
        folds = inBranch.count > Self.foldAbove
    }

    public func placement(of unit: UUID) -> Placement {
        let above = Self.ancestors(of: unit, parents: parents)
        guard let focus else { return folds ? .folded(into: above.last ?? unit) : .shown }
        if unit == focus { return .shown }
        guard let at = above.firstIndex(of: focus) else { return .outside }
        return folds ? .folded(into: at == 0 ? unit : above[at - 1]) : .shown
    }

    /// The units from the organisation's top down to the focus, the focus last; empty for the whole organisation.
    public var path: [UUID] {
        focus.map { Array((Self.ancestors(of: $0, parents: parents)).reversed()) + [$0] } ?? []
    }

    /// A unit's parent, its parent's parent and so on up to a root (guarding against a loop).
    static func ancestors(of unit: UUID, parents: [UUID: UUID]) -> [UUID] {
        var chain: [UUID] = [], seen: Set<UUID> = [unit], current = unit
        while let parent = parents[current], seen.insert(parent).inserted {
            chain.append(parent)
            current = parent
        }
        return chain
    }
}
