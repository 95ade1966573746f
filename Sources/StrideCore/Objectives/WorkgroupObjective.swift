import Foundation

/// What a workgroup is formed to achieve, contributing to a unit outcome (SFIA Performance
/// management: "establishes team objectives aligned to organisational objectives"), with the
/// member who owns it and the period it runs over. Its criteria are `PerformanceCriterion`s.
public struct WorkgroupObjectiveDetails: Sendable, Equatable {
    public var title: String
    public var description: String?
    public var startsOn: CalendarDate
    public var dueOn: CalendarDate
    public var unitOutcomeID: UUID?
    public var ownerID: UUID

    public init(title: String, description: String?, startsOn: CalendarDate, dueOn: CalendarDate, unitOutcomeID: UUID?, ownerID: UUID) {
        self.title = title
        self.description = description
        self.startsOn = startsOn
        self.dueOn = dueOn
        self.unitOutcomeID = unitOutcomeID
        self.ownerID = ownerID
    }
}

/// An objective and its criteria as typed in one form.
public struct WorkgroupObjectiveInput: Sendable, Equatable {
    public var title: String?
    public var description: String?
    public var startsOn: String?
    public var dueOn: String?
    public var unitOutcome: String?
    public var owner: String?
    public var criteria: [CriterionInput]

    /// An objective is measured by 1 to 5 criteria: enough to agree what success is, few enough
    /// to monitor.
    public static let criteriaRange = 1...5

    public init(title: String? = nil, description: String? = nil, startsOn: String? = nil, dueOn: String? = nil,
                unitOutcome: String? = nil, owner: String? = nil, criteria: [CriterionInput] = []) {
        self.title = title
        self.description = description
        self.startsOn = startsOn
        self.dueOn = dueOn
        self.unitOutcome = unitOutcome
        self.owner = owner
        self.criteria = criteria
    }

    /// The objective and its criteria, or every problem by field in page order: `title`,
    /// `description`, `startsOn`, `dueOn` (after the start), `unitOutcome` (one of
    /// `unitOutcomes`), `owner` (one of `owners`: the lead and members), then
    /// `criteria[i].indicator`, `.unit`, `.baseline`, `.target`, `.dueOn` (by the objective's
    /// due date) and `.weight`, and `criteria` for their number.
    public func validate(unitOutcomes: Set<UUID>, owners: Set<UUID>) -> Validated<(WorkgroupObjectiveDetails, [PerformanceCriterion])> {
        var check = FieldChecker()
        let title = check.required("title", title, name: "Objective", missing: "Enter what the workgroup is to achieve", maxLength: 300)
        let description = check.optional("description", description, name: "Description", maxLength: 4000, multiline: true)
        let start = check.date("startsOn", startsOn, name: "Start date", missing: "Enter the date the objective starts")
        let due = check.date("dueOn", dueOn, name: "Due date", missing: "Enter the date the objective is due")
        if let start, let due, due <= start { check.add("dueOn", "The due date must be after the start date") }
        let outcome = Self.choice(unitOutcome)
        if outcome.map(unitOutcomes.contains) != true {
            check.add("unitOutcome", Self.isBlank(unitOutcome) ? "Choose the unit outcome the objective contributes to"
                : "Choose one of the unit outcomes listed")
        }
        let ownerID = Self.choice(owner)
        if ownerID.map(owners.contains) != true {
            check.add("owner", Self.isBlank(owner) ? "Choose who owns the objective" : "Choose the lead or a member of the workgroup")
        }
        let measured = criteria.filter { !$0.isBlank }
        if !Self.criteriaRange.contains(measured.count) {
            check.add("criteria", "Agree \(Self.criteriaRange.lowerBound) to \(Self.criteriaRange.upperBound) performance criteria"
                      + " (you have \(measured.count))")
        }
        var checked: [PerformanceCriterion] = []
        for (index, criterion) in measured.prefix(Self.criteriaRange.upperBound).enumerated() {
            switch criterion.validate(startsOn: start ?? CalendarDate(year: 1, month: 1, day: 1)!) {
            case .valid(let value):
                if let due, value.dueOn > due {
                    check.add("criteria[\(index)].dueOn", "Criterion \(index + 1): due by the objective's due date, \(due.iso)")
                }
                checked.append(value)
            case .invalid(let errors):
                for error in errors { check.add("criteria[\(index)].\(error.field)", "Criterion \(index + 1): \(error.message)") }
            }
        }
        return check.result((WorkgroupObjectiveDetails(title: title, description: description, startsOn: start!, dueOn: due!,
                                                       unitOutcomeID: outcome, ownerID: ownerID!), checked))
    }

    static func choice(_ raw: String?) -> UUID? { raw.flatMap { UUID(uuidString: $0.trimmingCharacters(in: .whitespaces)) } }
    static func isBlank(_ raw: String?) -> Bool { (raw ?? "").trimmingCharacters(in: .whitespaces).isEmpty }
}

extension CriterionInput {
    /// A row of the form left empty, which counts as no criterion rather than an incomplete one.
    public var isBlank: Bool {
        [indicator, unit, baseline, target, dueOn, weight].allSatisfy { ($0 ?? "").trimmingCharacters(in: .whitespaces).isEmpty }
    }
}

/// The status an objective shows: the one its criteria give, unless its lead overrode it.
public struct ObjectiveStanding: Sendable, Equatable {
    /// The criteria rolled up; nil for an objective with no criteria.
    public let derived: ObjectiveRollup.Measured?
    public let override: (status: ObjectiveStatus, reason: String)?

    public init(derived: ObjectiveRollup.Measured?, override: (status: ObjectiveStatus, reason: String)?) {
        self.derived = derived
        self.override = override
    }

    /// The standing of an objective whose criteria have these latest values on `today`: each
    /// criterion measured (`ObjectiveRollup.measure`), then combined by weight.
    public init(criteria: [(criterion: PerformanceCriterion, latest: Double?)], override: (status: ObjectiveStatus, reason: String)?,
                today: CalendarDate) {
        self.init(derived: ObjectiveRollup.combine(criteria.map { ObjectiveRollup.measure($0.criterion, latest: $0.latest, today: today) }),
                  override: override)
    }

    public var status: ObjectiveStatus { override?.status ?? derived?.status ?? .onTrack }
    public var progress: Double { derived?.progress ?? 0 }
    public var isOverridden: Bool { override != nil && override?.status != derived?.status }

    public static func == (a: ObjectiveStanding, b: ObjectiveStanding) -> Bool {
        a.derived == b.derived && a.override?.status == b.override?.status && a.override?.reason == b.override?.reason
    }
}
