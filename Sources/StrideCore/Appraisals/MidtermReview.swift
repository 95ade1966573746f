import Foundation

/// How the Mid-term Review changed an output agreed at the beginning of the cycle.
public enum AdjustmentKind: String, CaseIterable, Codable, Sendable {
    /// The output's text changed; the agreed text stays beside it.
    case change
    /// A new output, agreed at the mid-term.
    case add
    /// The output no longer applies.
    case drop

    public var displayName: String {
        switch self {
        case .change: "Changed"
        case .add: "Added at the mid-term"
        case .drop: "Dropped"
        }
    }
}

/// An adjustment to one output, with its reason (ILO PMF note §9(b): "recorded adjustments").
public struct OutputAdjustment: Codable, Sendable, Equatable {
    public var kind: AdjustmentKind
    /// The output as it now reads: for `change` and `add`; nil for `drop`.
    public var output: Output?
    public var reason: String

    public init(kind: AdjustmentKind, output: Output? = nil, reason: String = "") {
        self.kind = kind
        self.output = output
        self.reason = reason
    }
}

/// The Mid-term Review of one output: the progress made, and any adjustment.
public struct OutputReview: Codable, Sendable, Equatable {
    /// The output's key: one agreed at the beginning, or a new one for an added output.
    public var key: UUID
    public var progress: String
    public var adjustment: OutputAdjustment?

    public init(key: UUID, progress: String = "", adjustment: OutputAdjustment? = nil) {
        self.key = key
        self.progress = progress
        self.adjustment = adjustment
    }
}

/// The Mid-term Review form's content: progress on each output and on the developmental
/// objective, and the adjustments agreed. The outputs agreed at the beginning are not copied
/// here: they are read from the Beginning of Cycle, so the two never disagree.
public struct MidtermReview: Codable, Sendable, Equatable {
    public var outputs: [OutputReview]
    public var objectiveProgress: String
    public var comments: String

    public init(outputs: [OutputReview] = [], objectiveProgress: String = "", comments: String = "") {
        self.outputs = outputs
        self.objectiveProgress = objectiveProgress
        self.comments = comments
    }

    public func review(of key: UUID) -> OutputReview? { outputs.first { $0.key == key } }
}

/// One output as it stands after the Mid-term Review: what was agreed, what it became, why.
public struct PlannedOutput: Sendable, Equatable {
    public let key: UUID
    /// As agreed at the beginning of the cycle; nil for an output added at the mid-term.
    public let agreed: Output?
    /// As it now reads; nil once dropped.
    public let current: Output?
    public let adjustment: AdjustmentKind?
    public let reason: String?
    public let progress: String?

    public var isActive: Bool { current != nil }
}

/// The outputs of a cycle: those agreed at the beginning, as the Mid-term Review adjusted them.
public enum OutputPlan {
    /// The agreed outputs in their order, each as adjusted, then the outputs added at the mid-term.
    public static func current(agreed: [Output], midterm: MidtermReview?) -> [PlannedOutput] {
        let agreedKeys = Set(agreed.map(\.key))
        let kept = agreed.map { output -> PlannedOutput in
            let review = midterm?.review(of: output.key)
            let adjustment = review?.adjustment
            let current: Output? = switch adjustment?.kind {
            case .drop: nil
            case .change: adjustment?.output.map { var changed = $0; changed.key = output.key; return changed } ?? output
            case .add, nil: output
            }
            return PlannedOutput(key: output.key, agreed: output, current: current,
                                 adjustment: adjustment?.kind == .add ? nil : adjustment?.kind, reason: adjustment?.reason,
                                 progress: review?.progress)
        }
        let added = (midterm?.outputs ?? []).compactMap { review -> PlannedOutput? in
            guard !agreedKeys.contains(review.key), let adjustment = review.adjustment, adjustment.kind == .add,
                  var output = adjustment.output else { return nil }
            output.key = review.key
            return PlannedOutput(key: review.key, agreed: nil, current: output, adjustment: .add, reason: adjustment.reason,
                                 progress: review.progress)
        }
        return kept + added
    }
}

/// The rules of the Mid-term Review: progress on every output still in the plan and on the
/// developmental objective; every adjustment with its reason, and a changed or added output
/// complete as at the beginning; and 3 to 5 outputs left once the adjustments are made.
public enum MidtermReviewRules {
    public static func storageProblems(_ review: MidtermReview) -> [FieldError] {
        problems(review, agreed: nil)
    }

    /// - Parameter agreed: the outputs of the Beginning of Cycle.
    public static func submissionProblems(_ review: MidtermReview, agreed: [Output]) -> [FieldError] {
        problems(review, agreed: agreed)
    }

    private static func problems(_ review: MidtermReview, agreed: [Output]?) -> [FieldError] {
        var check = FieldChecker()
        let submitting = agreed != nil
        func text(_ field: String, _ value: String, name: String, missing: String, maxLength: Int = BeginningOfCycleRules.longText,
                  multiline: Bool = true) {
            check.content(field, value, name: name, missing: submitting ? missing : nil, maxLength: maxLength, multiline: multiline)
        }
        if review.outputs.count > BeginningOfCycleRules.maxEntries {
            check.add("outputs", "Outputs: a form holds at most \(BeginningOfCycleRules.maxEntries)")
        }
        if let agreed {
            let active = OutputPlan.current(agreed: agreed, midterm: review).filter(\.isActive).count
            if active < BeginningOfCycleRules.outputs.lowerBound {
                check.add("outputs", "Outputs: keep at least \(BeginningOfCycleRules.outputs.lowerBound) after the adjustments (you have \(active))")
            } else if active > BeginningOfCycleRules.outputs.upperBound {
                check.add("outputs", "Outputs: keep at most \(BeginningOfCycleRules.outputs.upperBound) after the adjustments (you have \(active))")
            }
        }
        let agreedKeys = Set((agreed ?? []).map(\.key))
        for (index, output) in review.outputs.prefix(BeginningOfCycleRules.maxEntries).enumerated() {
            let name = "Output \(index + 1)", field = "outputs[\(index)]"
            let dropped = output.adjustment?.kind == .drop
            if !dropped {
                text("\(field).progress", output.progress, name: "\(name): progress", missing: "\(name): describe the progress made")
            }
            guard let adjustment = output.adjustment else { continue }
            if submitting, adjustment.kind == .add ? agreedKeys.contains(output.key) : !agreedKeys.contains(output.key) {
                check.add("\(field).adjustment", "\(name): only an output agreed at the beginning can be changed or dropped")
            }
            text("\(field).reason", adjustment.reason, name: "\(name): reason", missing: "\(name): give the reason for the adjustment")
            if adjustment.kind != .drop {
                let changed = adjustment.output ?? Output(key: output.key)
                text("\(field).description", changed.description, name: "\(name): description", missing: "\(name): describe the output")
                text("\(field).measuresOfSuccess", changed.measuresOfSuccess, name: "\(name): measures of success",
                     missing: "\(name): say which results will show it was met")
                text("\(field).timeline", changed.timeline, name: "\(name): timeline", missing: "\(name): give its timeline",
                     maxLength: BeginningOfCycleRules.shortText, multiline: false)
            }
        }
        text("objectiveProgress", review.objectiveProgress, name: "Progress on the developmental objective",
             missing: "Developmental objective: describe the progress made")
        check.applyTextRule("comments", review.comments, name: "Comments", maxLength: BeginningOfCycleRules.longText, multiline: true)
        return check.errors
    }
}
