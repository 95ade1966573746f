import Foundation

/// A criterion as its form types it.
public struct CriterionInput: Sendable, Equatable {
    public var indicator: String?
    public var unit: String?
    public var baseline: String?
    public var target: String?
    public var dueOn: String?
    public var weight: String?

    public init(indicator: String?, unit: String?, baseline: String?, target: String?, dueOn: String?, weight: String? = nil) {
        self.indicator = indicator
        self.unit = unit
        self.baseline = baseline
        self.target = target
        self.dueOn = dueOn
        self.weight = weight
    }

    /// The criterion measured from `startsOn`, or the problems by field: `indicator`, `unit`,
    /// `baseline` and `target` (numbers, and different: a target equal to the baseline measures
    /// nothing), `dueOn` (after the start) and `weight` (1 to 10, 1 when empty).
    public func validate(startsOn: CalendarDate) -> Validated<PerformanceCriterion> {
        var check = FieldChecker()
        let indicator = check.required("indicator", indicator, name: "Indicator", missing: "Say what is measured, like reports submitted on time",
                                       maxLength: 200)
        let unit = check.required("unit", unit, name: "Unit of measure", missing: "Give the unit of measure, like % or days", maxLength: 40)
        let baseline = Self.number(&check, "baseline", baseline, name: "Baseline")
        let target = Self.number(&check, "target", target, name: "Target")
        if let baseline, let target, baseline == target { check.add("target", "The target must differ from the baseline") }
        let due = check.date("dueOn", dueOn, name: "Due date", missing: "Enter the date the target is due")
        if let due, due <= startsOn { check.add("dueOn", "The due date must be after the start, \(startsOn.iso)") }
        var weight = 1.0
        if let raw = self.weight?.trimmingCharacters(in: .whitespaces), !raw.isEmpty {
            if let value = Int(raw), (1...10).contains(value) { weight = Double(value) } else { check.add("weight", "The weight must be a whole number from 1 to 10") }
        }
        return check.result(PerformanceCriterion(indicator: indicator, unit: unit, baseline: baseline!, target: target!, startsOn: startsOn,
                                                 dueOn: due!, weight: weight))
    }

    /// A decimal number as people type it: a point or a comma for decimals, no thousands separators.
    static func number(_ check: inout FieldChecker, _ field: String, _ raw: String?, name: String) -> Double? {
        let text = (raw ?? "").trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: ".")
        guard !text.isEmpty else {
            check.add(field, "Enter the \(name.lowercased()), a number")
            return nil
        }
        guard text.count <= 20, let value = Double(text), value.isFinite else {
            check.add(field, "\(name) must be a number, like 40 or 12.5")
            return nil
        }
        return value
    }
}

/// A reading of a criterion: its value on a day, with a comment.
public struct ProgressReading: Sendable, Equatable {
    public let value: Double
    public let on: CalendarDate
    public let comment: String?

    public init(value: Double, on: CalendarDate, comment: String?) {
        self.value = value
        self.on = on
        self.comment = comment
    }

    /// The reading, or the problems on `value`, `on` (not in the future, nor before the criterion
    /// starts) and `comment`.
    public static func validate(value: String?, on: String?, comment: String?, startsOn: CalendarDate,
                                today: CalendarDate) -> Validated<ProgressReading> {
        var check = FieldChecker()
        let number = CriterionInput.number(&check, "value", value, name: "Value")
        let day = check.date("on", on, name: "Date", missing: "Enter the date of the reading")
        if let day, day > today { check.add("on", "A reading cannot be in the future") }
        else if let day, day < startsOn { check.add("on", "The criterion is measured from \(startsOn.iso)") }
        let text = check.optional("comment", comment, name: "Comment", maxLength: 1000, multiline: true)
        return check.result(ProgressReading(value: number!, on: day!, comment: text))
    }
}

/// The lead's override of a derived status: another status, and why.
public enum StatusOverride {
    /// The status chosen, or the problems on `status` and `reason` (required: the page shows it).
    public static func validate(status: String?, reason: String?) -> Validated<(status: ObjectiveStatus, reason: String)> {
        var check = FieldChecker()
        let chosen: ObjectiveStatus? = check.choice("status", status, missing: "Choose on track, at risk or off track")
        let why = check.required("reason", reason, name: "Reason", missing: "Say why the status differs from the one the figures give",
                                 maxLength: 500, multiline: true)
        return check.result((chosen!, why))
    }
}
