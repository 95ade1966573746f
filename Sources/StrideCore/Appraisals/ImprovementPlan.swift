import Foundation

/// Where a performance improvement plan stands: open (written, monitored, its six-month review
/// to come), reviewed (the review recorded and sent to the Reports Board), closed (the Board has
/// reviewed it). Only an open plan changes.
public enum ImprovementPlanStage: String, Sendable, Codable, CaseIterable {
    case open
    case reviewed
    case closed

    public var displayName: String {
        switch self {
        case .open: "Open"
        case .reviewed: "Reviewed, at the Reports Board"
        case .closed: "Closed"
        }
    }
}

/// One objective of a plan, with its timeline.
public struct ImprovementObjective: Sendable, Equatable, Codable {
    public let description: String
    public let timeline: String

    public init(description: String, timeline: String) {
        self.description = description
        self.timeline = timeline
    }
}

/// What a manager writes in a plan: the areas below expectations, the agreed measures of support
/// (training, coaching, other), and objectives with timelines.
public struct ImprovementPlanContent: Sendable, Equatable, Codable {
    public let startsOn: CalendarDate
    public let areas: String
    public let training: String?
    public let coaching: String?
    public let otherSupport: String?
    public let objectives: [ImprovementObjective]

    public init(startsOn: CalendarDate, areas: String, training: String?, coaching: String?, otherSupport: String?,
                objectives: [ImprovementObjective]) {
        self.startsOn = startsOn
        self.areas = areas
        self.training = training
        self.coaching = coaching
        self.otherSupport = otherSupport
        self.objectives = objectives
    }
}

/// A plan as a manager types it.
public struct ImprovementPlanInput: Sendable, Equatable {
    public static let maxObjectives = 5
    public static let maxTextLength = 4000

    public var startsOn: String?
    public var areas: String?
    public var training: String?
    public var coaching: String?
    public var otherSupport: String?
    /// Up to five (description, timeline) pairs; blank pairs are ignored.
    public var objectives: [(description: String?, timeline: String?)]

    public init(startsOn: String?, areas: String?, training: String?, coaching: String?, otherSupport: String?,
                objectives: [(description: String?, timeline: String?)]) {
        self.startsOn = startsOn
        self.areas = areas
        self.training = training
        self.coaching = coaching
        self.otherSupport = otherSupport
        self.objectives = objectives
    }

    public static func == (a: Self, b: Self) -> Bool {
        [a.startsOn, a.areas, a.training, a.coaching, a.otherSupport] == [b.startsOn, b.areas, b.training, b.coaching, b.otherSupport]
            && a.objectives.map { [$0.description, $0.timeline] } == b.objectives.map { [$0.description, $0.timeline] }
    }

    /// The content, or the problems by field: `startsOn` (within a month either side of today),
    /// `areas`, the support (`training`: at least one measure among training, coaching and other),
    /// and each objective (`objective-N-description`, `objective-N-timeline`; at least one).
    public func validate(today: CalendarDate) -> Validated<ImprovementPlanContent> {
        var check = FieldChecker()
        let start = check.date("startsOn", startsOn, name: "Start date", missing: "Enter the date the plan starts")
        if let start, start < today.adding(months: -1) || start > today.adding(months: 1) {
            check.add("startsOn", "The plan starts within a month of today: between \(today.adding(months: -1).iso) and \(today.adding(months: 1).iso)")
        }
        let areas = check.required("areas", areas, name: "Areas below expectations",
                                   missing: "Describe the areas of performance below expectations", maxLength: Self.maxTextLength, multiline: true)
        let training = check.optional("training", training, name: "Training", maxLength: Self.maxTextLength, multiline: true)
        let coaching = check.optional("coaching", coaching, name: "Coaching", maxLength: Self.maxTextLength, multiline: true)
        let other = check.optional("otherSupport", otherSupport, name: "Other support", maxLength: Self.maxTextLength, multiline: true)
        if training == nil, coaching == nil, other == nil {
            check.add("training", "Agree at least one measure of support: training, coaching or other")
        }
        var objectives: [ImprovementObjective] = []
        for (index, pair) in self.objectives.prefix(Self.maxObjectives).enumerated() {
            let n = index + 1
            let description = (pair.description ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            let timeline = (pair.timeline ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            guard !description.isEmpty || !timeline.isEmpty else { continue }
            let text = check.required("objective-\(n)-description", description, name: "Objective \(n)",
                                      missing: "Objective \(n): describe what is to be achieved", maxLength: 1000, multiline: true)
            let when = check.required("objective-\(n)-timeline", timeline, name: "Objective \(n)'s timeline",
                                      missing: "Objective \(n): give its timeline, like by 2027-03-31", maxLength: 200)
            objectives.append(ImprovementObjective(description: text, timeline: when))
        }
        if objectives.isEmpty { check.add("objective-1-description", "Set at least one objective with its timeline") }
        return check.result(ImprovementPlanContent(startsOn: start!, areas: areas, training: training, coaching: coaching,
                                                   otherSupport: other, objectives: objectives))
    }
}

/// The staff member's own part of a plan: their view, and any concerns about the support received.
public struct ImprovementPlanOwnView: Sendable, Equatable {
    public let view: String
    public let supportConcerns: String?

    /// The view, or the problems on `view` (required) and `supportConcerns`.
    public static func validate(view: String?, supportConcerns: String?) -> Validated<ImprovementPlanOwnView> {
        var check = FieldChecker()
        let text = check.required("view", view, name: "Your view", missing: "Write your view of the plan and of the areas it names",
                                  maxLength: ImprovementPlanInput.maxTextLength, multiline: true)
        let concerns = check.optional("supportConcerns", supportConcerns, name: "Concerns about support",
                                      maxLength: ImprovementPlanInput.maxTextLength, multiline: true)
        return check.result(ImprovementPlanOwnView(view: text, supportConcerns: concerns))
    }
}
