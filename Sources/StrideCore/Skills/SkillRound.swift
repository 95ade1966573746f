import Foundation

/// Who a round of skills assessment asks.
public enum SkillRoundScope: Sendable, Equatable {
    case everyone
    /// Everyone in a unit and the units below it.
    case unit(UUID)
    /// Everyone who holds a job role.
    case role(UUID)

    /// The scope's kind as stored and as forms send it.
    public var kind: String {
        switch self {
        case .everyone: "everyone"
        case .unit: "unit"
        case .role: "role"
        }
    }

    /// Whether a person in a unit (`units` holds it and every unit above it) holding `role` is asked.
    public func includes(units: [UUID], role: UUID?) -> Bool {
        switch self {
        case .everyone: true
        case .unit(let id): units.contains(id)
        case .role(let id): role == id
        }
    }
}

/// A round of skills assessment: HR asks a population to propose their levels by a date (the
/// AXELOS cycle of self-assessment then review), and their managers then confirm them.
public struct SkillRoundDetails: Sendable, Equatable {
    public var name: String
    public var scope: SkillRoundScope
    public var dueOn: CalendarDate

    public init(name: String, scope: SkillRoundScope, dueOn: CalendarDate) {
        self.name = name
        self.scope = scope
        self.dueOn = dueOn
    }
}

extension SkillRoundDetails {
    /// Days after its due date a round still counts late answers, and its people still see it.
    public static let graceDays = 14

    /// When a round stops counting what its people propose and have decided: the end of its
    /// grace period, so a later round's work never swells an earlier one's figures.
    public var closesAt: Date { Date(timeIntervalSince1970: Double(dueOn.daysSinceEpoch + Self.graceDays + 1) * 86_400) }
}

/// A round as HR types it.
public struct SkillRoundInput: Sendable, Equatable {
    public var name: String?
    /// "everyone", "unit" or "role".
    public var scope: String?
    /// The unit's id, when the scope is a unit.
    public var unit: String?
    /// The role's id, when the scope is a role.
    public var role: String?
    public var dueOn: String?

    public init(name: String? = nil, scope: String? = nil, unit: String? = nil, role: String? = nil, dueOn: String? = nil) {
        self.name = name
        self.scope = scope
        self.unit = unit
        self.role = role
        self.dueOn = dueOn
    }

    /// Every problem by field, in page order: `name`, `scope`, `unit` or `role` (one of those
    /// that exist), `dueOn` (after today: people need time to answer).
    public func validate(units: Set<UUID>, roles: Set<UUID>, today: CalendarDate) -> Validated<SkillRoundDetails> {
        var check = FieldChecker()
        let name = check.required("name", name, name: "Name", missing: "Enter a name for the round, like 2027 skills self-assessment",
                                  maxLength: 120)
        var scope: SkillRoundScope?
        func chosen(_ raw: String?, in known: Set<UUID>) -> UUID? {
            raw.flatMap { UUID(uuidString: $0.trimmingCharacters(in: .whitespaces)) }.flatMap { known.contains($0) ? $0 : nil }
        }
        switch (self.scope ?? "").trimmingCharacters(in: .whitespaces) {
        case "everyone": scope = .everyone
        case "unit":
            if let id = chosen(unit, in: units) { scope = .unit(id) } else { check.add("unit", "Choose the unit whose staff are asked") }
        case "role":
            if let id = chosen(role, in: roles) { scope = .role(id) } else { check.add("role", "Choose the job role whose holders are asked") }
        default: check.add("scope", "Choose who is asked: everyone, a unit or a job role")
        }
        let due = check.date("dueOn", dueOn, name: "Due date", missing: "Enter the date the self-assessments are due")
        if let due, due <= today { check.add("dueOn", "The due date must be after today") }
        return check.result(SkillRoundDetails(name: name, scope: scope!, dueOn: due!))
    }
}
