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
    }

    struct ObjectiveView: Encodable {
        let title: String
        let href: String
        let workgroupName: String
        let standing: ObjectiveStandingView
        let outputs: [OutputView]
        /// "and 1,234 more outputs" when not all are listed.
        let moreOutputs: String?
    }

    struct UnitOutcomeView: Encodable {
        let title: String
        let unitName: String
        let unitHref: String
        let standing: Standing
        let objectives: [ObjectiveView]
        let outputs: [OutputView]
        let moreOutputs: String?
        let unserved: Bool
    }

    struct OutcomeView: Encodable {
        let id: String
        let title: String
        let ownerName: String?
        let period: String
        let standing: Standing
        let units: [UnitOutcomeView]
        let editHref: String?
        let unservedCount: Int
    }

    let day: String
    let outcomes: [OutcomeView]
    let chart: Chart?
    let unlinked: [OutputView]
    let unlinkedCount: String?
    let unattached: [PageLink]
    let newOutcomeHref: String?
    /// When the tree was computed, if it may be a little old (`Refreshed.asOf`).
    let asOf: String?

    init(_ query: AlignmentQuery, day: CalendarDate, openable: Set<UUID>, canManage: Bool, asOf: String? = nil) {
        self.day = DisplayDate.long(day)
        self.asOf = asOf
        func output(_ output: AlignmentQuery.Output) -> OutputView {
            let open = openable.contains(output.staffID)
            return OutputView(personName: output.staffName, personHref: open ? StridePath.staffMember(output.staffID).href : nil,
                              description: open ? output.description : nil)
        }
        let outputsByKey = Dictionary(query.outputs.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
        let objectivesByID = Dictionary(uniqueKeysWithValues: query.objectives.map { ($0.id, $0) })
        let unitsByID = Dictionary(uniqueKeysWithValues: query.unitOutcomes.map { ($0.id, $0) })
        let trees = query.trees
        func more(_ id: UUID, shown: Int) -> String? {
            let total = query.outputCounts[id] ?? shown
            return total > shown ? "and \(DisplayNumber.counted(total - shown, "more output"))" : nil
        }
        outcomes = zip(query.outcomes, trees).map { outcome, tree in
            OutcomeView(
                id: "outcome-\(outcome.id.uuidString.lowercased())", title: outcome.title,
                ownerName: outcome.ownerID.flatMap { query.owners[$0] },
                period: "\(DisplayDate.long(outcome.periodStart)) to \(DisplayDate.long(outcome.periodEnd.adding(days: -1)))",
                standing: Standing(tree.rollup),
                units: tree.children.map { unitNode in
                    let unit = unitsByID[unitNode.id]!
                    let direct = unitNode.children.filter { $0.level == .output }.compactMap { outputsByKey[$0.id].map(output) }
                    return UnitOutcomeView(
                        title: unit.title, unitName: unit.unitName, unitHref: StridePath.unit(unit.unitID).href,
                        standing: Standing(unitNode.rollup),
                        objectives: unitNode.children.filter { $0.level == .workgroupObjective }.map { node in
                            let loaded = objectivesByID[node.id]!
                            let outputs = node.children.compactMap { outputsByKey[$0.id].map(output) }
                            return ObjectiveView(title: loaded.title, href: StridePath.objective(loaded.id).href,
                                                 workgroupName: query.workgroupNames[loaded.workgroupID] ?? "",
                                                 standing: ObjectiveStandingView(loaded.standing), outputs: outputs,
                                                 moreOutputs: more(node.id, shown: outputs.count))
                        },
                        outputs: direct, moreOutputs: more(unitNode.id, shown: direct.count),
                        unserved: unitNode.hasNoContributingOutputs)
                },
                editHref: canManage ? StridePath.editOrganisationalOutcome(outcome.id).href : nil,
                unservedCount: tree.unserved.count)
        }
        chart = query.outcomes.isEmpty ? nil : Chart.bar(
            id: "outcome-progress", title: "Progress towards each organisational outcome",
            takeaway: Self.takeaway(trees), categories: trees.map { ($0.title, (($0.rollup?.progress ?? 0) * 100).rounded()) },
            valueName: "Progress (%)", categoryName: "Organisational outcome")
        unlinked = query.unlinked.map(output)
        unlinkedCount = query.unlinkedCount > query.unlinked.count
            ? "Showing \(query.unlinked.count) of \(DisplayNumber.counted(query.unlinkedCount, "output"))." : nil
        unattached = query.unattached.map { PageLink(label: "\($0.title) (\($0.unitName))", href: StridePath.unit($0.unitID).href) }
        newOutcomeHref = canManage ? StridePath.newOrganisationalOutcome.href : nil
    }

    private static func takeaway(_ trees: [AlignmentNode]) -> String {
        let behind = trees.filter { $0.rollup.map { $0.status != .onTrack } ?? false }.map(\.title)
        let unmeasured = trees.filter { $0.rollup == nil }.count
        var sentence = behind.isEmpty ? "Every measured outcome is on track." : "Behind the time elapsed: \(behind.joined(separator: "; "))."
        if unmeasured > 0 { sentence += " \(DisplayNumber.counted(unmeasured, "outcome")) not yet measured." }
        return sentence
    }
}
