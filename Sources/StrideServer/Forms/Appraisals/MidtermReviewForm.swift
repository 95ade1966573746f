import Foundation
import StrideCore

/// The Mid-term Review as posted: for each output agreed at the beginning (`output-2-…`) its
/// progress and any change or drop with the reason; outputs added now as a repeated group
/// (`added-1-…`); progress on the developmental objective.
struct MidtermReviewForm: Sendable {
    private(set) var values: [String: String]
    let version: Int?
    let intent: String

    static let addedParts = ["key", "description", "measures", "timeline", "resources", "progress", "reason"]

    init(posted values: [String: String]) {
        self.values = values
        version = values["version"].flatMap { Int($0) }
        intent = values["intent"] ?? "save-draft"
    }

    init(_ review: MidtermReview, agreed: [Output], version: Int) {
        var values = ["version": String(version), "objective-progress": review.objectiveProgress, "comments": review.comments]
        for (offset, output) in agreed.enumerated() {
            let id = { RepeatedGroup.fieldID("output", offset + 1, $0) }
            let reviewed = review.review(of: output.key)
            let shown = reviewed?.adjustment?.output ?? output
            values[id("progress")] = reviewed?.progress ?? ""
            values[id("adjustment")] = reviewed?.adjustment?.kind.rawValue ?? "keep"
            values[id("description")] = shown.description
            values[id("measures")] = shown.measuresOfSuccess
            values[id("timeline")] = shown.timeline
            values[id("resources")] = shown.resources
            values[id("reason")] = reviewed?.adjustment?.reason ?? ""
        }
        let agreedKeys = Set(agreed.map(\.key))
        let added = review.outputs.filter { !agreedKeys.contains($0.key) && $0.adjustment?.kind == .add }
        values["added-count"] = String(added.count)
        for (offset, review) in added.enumerated() {
            let id = { RepeatedGroup.fieldID("added", offset + 1, $0) }
            let output = review.adjustment?.output ?? Output(key: review.key)
            values[id("key")] = review.key.uuidString.lowercased()
            values[id("description")] = output.description
            values[id("measures")] = output.measuresOfSuccess
            values[id("timeline")] = output.timeline
            values[id("resources")] = output.resources
            values[id("progress")] = review.progress
            values[id("reason")] = review.adjustment?.reason ?? ""
        }
        self.init(posted: values)
    }

    func value(_ id: String) -> String? { values[id] }

    var addedCount: Int { min(Int(values["added-count"] ?? "") ?? 0, BeginningOfCycleRules.maxEntries) }

    /// After "Add another output" or "Remove": the added outputs renumbered, what was typed kept.
    func applying(_ intent: String) -> MidtermReviewForm? {
        var copy = self
        if intent == "add-added" {
            copy.values["added-count"] = String(addedCount + 1)
            return copy
        }
        guard intent.hasPrefix("remove-added-"), let index = Int(intent.dropFirst("remove-added-".count)), (1...addedCount).contains(index) else {
            return nil
        }
        for position in index..<addedCount {
            for part in Self.addedParts {
                copy.values[RepeatedGroup.fieldID("added", position, part)] = values[RepeatedGroup.fieldID("added", position + 1, part)]
            }
        }
        for part in Self.addedParts { copy.values[RepeatedGroup.fieldID("added", addedCount, part)] = nil }
        copy.values["added-count"] = String(addedCount - 1)
        return copy
    }

    /// The review the form holds: the agreed outputs in order, then the added ones.
    func content(agreed: [Output], newKey: () -> UUID) -> MidtermReview {
        let reviewed = agreed.enumerated().map { offset, output -> OutputReview in
            let id = { RepeatedGroup.fieldID("output", offset + 1, $0) }
            let reason = values[id("reason")] ?? ""
            let adjustment: OutputAdjustment? = switch values[id("adjustment")].flatMap(AdjustmentKind.init(rawValue:)) {
            case .change?:
                OutputAdjustment(kind: .change, output: Output(
                    key: output.key, description: values[id("description")] ?? "", measuresOfSuccess: values[id("measures")] ?? "",
                    timeline: values[id("timeline")] ?? "", resources: values[id("resources")] ?? "", unitOutcomeID: output.unitOutcomeID,
                    objectiveID: output.objectiveID),
                    reason: reason)
            case .drop?: OutputAdjustment(kind: .drop, reason: reason)
            case .add?, nil: nil
            }
            return OutputReview(key: output.key, progress: values[id("progress")] ?? "", adjustment: adjustment)
        }
        let added = (0..<addedCount).map { offset -> OutputReview in
            let id = { RepeatedGroup.fieldID("added", offset + 1, $0) }
            let key = values[id("key")].flatMap(UUID.init(uuidString:)) ?? newKey()
            let output = Output(key: key, description: values[id("description")] ?? "", measuresOfSuccess: values[id("measures")] ?? "",
                                timeline: values[id("timeline")] ?? "", resources: values[id("resources")] ?? "")
            return OutputReview(key: key, progress: values[id("progress")] ?? "",
                                adjustment: OutputAdjustment(kind: .add, output: output, reason: values[id("reason")] ?? ""))
        }
        return MidtermReview(outputs: reviewed + added, objectiveProgress: values["objective-progress"] ?? "", comments: values["comments"] ?? "")
    }

    /// The page's id for a field the core names; `agreed` outputs come first in the core's list.
    static func pageField(_ coreField: String, agreed: Int) -> String {
        if coreField == "objectiveProgress" { return "objective-progress" }
        if coreField == "outputs" { return "output-1-progress" }
        guard let path = CoreFieldPath(coreField), path.list == "outputs" else { return coreField }
        let part = path.part == "measuresOfSuccess" ? "measures" : path.part
        return path.index < agreed ? RepeatedGroup.fieldID("output", path.index + 1, part)
            : RepeatedGroup.fieldID("added", path.index - agreed + 1, part)
    }
}
