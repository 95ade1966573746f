import Foundation
import StrideCore

/// The model of `alignment/index.leaf`: each organisational outcome with everything serving it,
/// rolled up, and what does not connect.
struct AlignmentModel: Encodable {
    struct Standing: Encodable {
        let status: String?
        let statusColour: String?
        let progress: String
        let elapsed: String

        init(_ measured: ObjectiveRollup.Measured?) {
            status = measured?.status.displayName
            statusColour = measured?.status.tagColour
            progress = measured.map { DisplayPercent.of($0.progress) } ?? "Not measured"
            elapsed = measured.map { DisplayPercent.of($0.elapsed) } ?? ""
        }
    }

    struct OutputView: Encodable {
        let personName: String
        let personHref: String?
        /// The output's words, where the viewer may open the person's record; else only whose it is.
        let description: String?

        init(_ output: AlignmentQuery.Output, openable: Set<UUID>) {
            let open = openable.contains(output.staffID)
            personName = output.staffName
            personHref = open ? StridePath.staffMember(output.staffID).href : nil
            description = open ? output.description : nil
        }
    }

    struct ObjectiveView: Encodable {
        let title: String
        let href: String
        let workgroupName: String
        let standing: ObjectiveStandingView
        let outputs: [OutputView]
        let more: MoreOutputs?
        let unserved: Bool
    }

    /// "and 1,234 more outputs", linking to the node's outputs page, when not all are listed.
    struct MoreOutputs: Encodable {
        let label: String
        let href: String
    }

    struct UnitOutcomeView: Encodable {
        let title: String
        let unitName: String
        let unitHref: String
        let standing: Standing
        let objectives: [ObjectiveView]
        let outputs: [OutputView]
        let more: MoreOutputs?
        let unserved: Bool
    }

    /// A unit's folded branch: its outcomes and those of the units below it, rolled up.
    struct BranchView: Encodable {
        let unitName: String
        let href: String
        let standing: Standing
        let summary: String
        let unservedCount: Int
    }

    struct OutcomeView: Encodable {
        let id: String
        let title: String
        let ownerName: String?
        let period: String
        let standing: Standing
        let units: [UnitOutcomeView]
        let branches: [BranchView]
        let editHref: String?
        let unservedCount: Int
    }

    let day: String
    /// The units from the top down to the one looked at, each a link but the last.
    let path: [PageLink]
    /// "Policy and the units below it" when looking at a unit's branch.
    let branchName: String?
    let folded: Bool
    let outcomes: [OutcomeView]
    /// What the page says when no outcome is shown.
    let emptyMessage: String
    let chart: Chart?
    /// Whether the page looks at the whole organisation: only then does it list the outputs
    /// serving nothing and the unit outcomes attached to nothing.
    let organisationWide: Bool
    let unlinked: [OutputView]
    let unlinkedCount: String?
    let unattached: [PageLink]
    let newOutcomeHref: String?
    /// When the tree was computed, if it may be a little old (`Refreshed.asOf`).
    let asOf: String?

    /// - Parameters:
    ///   - outputs: the first outputs of the nodes shown (`AlignmentOutputsQuery.first`).
    ///   - dayQuery: the `on=` the page was asked for, kept on its links.
    init(_ query: AlignmentQuery, fold: AlignmentFold, explicitUnit: Bool, outputs: [AlignmentQuery.Output], day: CalendarDate,
         dayQuery: String?, openable: Set<UUID>, canManage: Bool, asOf: String? = nil) {
        self.day = DisplayDate.long(day)
        self.asOf = asOf
        folded = fold.folds
        func output(_ output: AlignmentQuery.Output) -> OutputView { OutputView(output, openable: openable) }
        func treeLink(_ unit: UUID?) -> String { Self.treeHref(unit: unit, day: dayQuery) }
        path = explicitUnit ? [PageLink(label: "Whole organisation", href: treeLink(nil))] + fold.path.map { unit in
            PageLink(label: query.units[unit]?.name ?? "", href: unit == fold.focus ? "" : treeLink(unit))
        } : []
        branchName = explicitUnit ? fold.focus.flatMap { query.units[$0]?.name }.map { "\($0) and the units below it" } : nil
        let objectivesByID = Dictionary(uniqueKeysWithValues: query.objectives.map { ($0.id, $0) })
        let unitsByID = Dictionary(uniqueKeysWithValues: query.unitOutcomes.map { ($0.id, $0) })
        let trees = query.trees(fold)
        let shownObjectives = Set(trees.flatMap(\.children).filter { $0.level == .unitOutcome }.flatMap(\.children).map(\.id))
        let listed = Dictionary(grouping: outputs) { $0.objectiveID.flatMap { shownObjectives.contains($0) ? $0 : nil } ?? $0.unitOutcomeID }
        func shown(_ node: AlignmentNode) -> ([OutputView], MoreOutputs?) {
            let outputs = (listed[node.id] ?? []).map(output)
            let more = node.outputCount > outputs.count ? MoreOutputs(
                label: "and \(DisplayNumber.counted(node.outputCount - outputs.count, "more output"))",
                href: StridePath.alignmentNode(node.id).href(query: [("on", dayQuery)])) : nil
            return (outputs, more)
        }
        let outcomesByID = Dictionary(query.outcomes.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        outcomes = trees.map { tree in
            let outcome = outcomesByID[tree.id]!
            return OutcomeView(
                id: "outcome-\(outcome.id.uuidString.lowercased())", title: outcome.title,
                ownerName: outcome.ownerID.flatMap { query.owners[$0] },
                period: "\(DisplayDate.long(outcome.periodStart)) to \(DisplayDate.long(outcome.periodEnd.adding(days: -1)))",
                standing: Standing(tree.rollup),
                units: tree.children.filter { $0.level == .unitOutcome }.map { unitNode in
                    let unit = unitsByID[unitNode.id]!
                    let (direct, more) = shown(unitNode)
                    return UnitOutcomeView(
                        title: unit.title, unitName: unit.unitName, unitHref: StridePath.unit(unit.unitID).href,
                        standing: Standing(unitNode.rollup),
                        objectives: unitNode.children.map { node in
                            let loaded = objectivesByID[node.id]!
                            let (outputs, more) = shown(node)
                            return ObjectiveView(title: loaded.title, href: StridePath.objective(loaded.id).href,
                                                 workgroupName: query.workgroupNames[loaded.workgroupID] ?? "",
                                                 standing: ObjectiveStandingView(loaded.standing), outputs: outputs, more: more,
                                                 unserved: node.hasNoContributingOutputs)
                        },
                        outputs: direct, more: more, unserved: unitNode.hasNoContributingOutputs)
                },
                branches: tree.children.filter { $0.level == .unit }.map { branch in
                    let objectives = branch.children.reduce(0) { $0 + $1.children.count }
                    return BranchView(unitName: branch.title, href: treeLink(branch.id), standing: Standing(branch.rollup),
                                      summary: [DisplayNumber.counted(branch.children.count, "unit outcome"),
                                                DisplayNumber.counted(objectives, "objective"),
                                                DisplayNumber.counted(branch.totalOutputs, "output")].joined(separator: ", "),
                                      unservedCount: branch.unserved.count)
                },
                editHref: canManage ? StridePath.editOrganisationalOutcome(outcome.id).href : nil,
                unservedCount: tree.unserved.count)
        }
        let dayText = DisplayDate.long(day)
        emptyMessage = branchName.map { "\($0) serves no organisational outcome running on \(dayText)." }
            ?? "No organisational outcome runs on \(dayText)."
        chart = trees.isEmpty ? nil : Chart.bar(
            id: "outcome-progress", title: "Progress towards each organisational outcome" + (branchName.map { " in \($0)" } ?? ""),
            takeaway: Self.takeaway(trees), categories: trees.map { ($0.title, (($0.rollup?.progress ?? 0) * 100).rounded()) },
            valueName: "Progress (%)", categoryName: "Organisational outcome")
        organisationWide = !explicitUnit
        unlinked = explicitUnit ? [] : query.unlinked.map(output)
        unlinkedCount = !explicitUnit && query.unlinkedCount > query.unlinked.count
            ? "Showing \(query.unlinked.count) of \(DisplayNumber.counted(query.unlinkedCount, "output"))." : nil
        unattached = explicitUnit ? [] : query.unattached.map { PageLink(label: "\($0.title) (\($0.unitName))", href: StridePath.unit($0.unitID).href) }
        newOutcomeHref = canManage ? StridePath.newOrganisationalOutcome.href : nil
    }

    /// The tree looking at `unit`'s branch (nil: the whole organisation) on the day asked for.
    static func treeHref(unit: UUID?, day: String?) -> String {
        StridePath.alignment.href(query: [("unit", unit?.uuidString.lowercased()), ("on", day)])
    }

    private static func takeaway(_ trees: [AlignmentNode]) -> String {
        let behind = trees.filter { $0.rollup.map { $0.status != .onTrack } ?? false }.map(\.title)
        let unmeasured = trees.filter { $0.rollup == nil }.count
        var sentence = behind.isEmpty ? "Every measured outcome is on track." : "Behind the time elapsed: \(behind.joined(separator: "; "))."
        if unmeasured > 0 { sentence += " \(DisplayNumber.counted(unmeasured, "outcome")) not yet measured." }
        return sentence
    }
}
