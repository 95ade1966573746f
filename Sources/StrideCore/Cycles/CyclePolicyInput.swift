/// A cycle policy as typed in HR's form, before it is checked.
public struct CyclePolicyInput: Codable, Sendable, Equatable {
    public var bienniumStartMonth: String?
    /// "even" or "odd".
    public var bienniumParity: String?
    public var minimumCycleMonths: String?
    public var beginningWindowMonths: String?
    public var midtermWindowMonths: String?
    public var endWindowMonths: String?

    public init(bienniumStartMonth: String? = nil, bienniumParity: String? = nil, minimumCycleMonths: String? = nil,
                beginningWindowMonths: String? = nil, midtermWindowMonths: String? = nil, endWindowMonths: String? = nil) {
        self.bienniumStartMonth = bienniumStartMonth
        self.bienniumParity = bienniumParity
        self.minimumCycleMonths = minimumCycleMonths
        self.beginningWindowMonths = beginningWindowMonths
        self.midtermWindowMonths = midtermWindowMonths
        self.endWindowMonths = endWindowMonths
    }

    /// The form filled in from a stored policy.
    public init(_ policy: CyclePolicy) {
        self.init(bienniumStartMonth: String(policy.bienniumStartMonth), bienniumParity: policy.bienniumStartsInEvenYears ? "even" : "odd",
                  minimumCycleMonths: String(policy.minimumCycleMonths), beginningWindowMonths: String(policy.beginningWindowMonths),
                  midtermWindowMonths: String(policy.midtermWindowMonths), endWindowMonths: String(policy.endWindowMonths))
    }

    /// The policy, or every problem by field in page order.
    public func validate() -> Validated<CyclePolicy> {
        var check = FieldChecker()
        func number(_ field: String, _ raw: String?, name: String) -> Int? {
            check.months(field, raw, name: name.prefix(1).uppercased() + name.dropFirst(), missing: "Enter the \(name)")
        }
        let month = number("bienniumStartMonth", bienniumStartMonth, name: "biennium start month")
        let parity = (bienniumParity ?? "").trimmingCharacters(in: .whitespaces)
        if !["even", "odd"].contains(parity) { check.add("bienniumParity", "Select whether bienniums start in even or odd years") }
        let minimum = number("minimumCycleMonths", minimumCycleMonths, name: "shortest cycle")
        let beginning = number("beginningWindowMonths", beginningWindowMonths, name: "Beginning of Cycle window")
        let midterm = number("midtermWindowMonths", midtermWindowMonths, name: "Mid-term Review window")
        let end = number("endWindowMonths", endWindowMonths, name: "End of Cycle window")
        guard check.errors.isEmpty, let month, let minimum, let beginning, let midterm, let end else { return .invalid(check.errors) }
        let policy = CyclePolicy(bienniumStartMonth: month, bienniumStartsInEvenYears: parity == "even", minimumCycleMonths: minimum,
                                 beginningWindowMonths: beginning, midtermWindowMonths: midterm, endWindowMonths: end)
        let problems = policy.problems
        return problems.isEmpty ? .valid(policy) : .invalid(problems)
    }
}

extension ChangeSummary {
    /// Every setting of a cycle policy that differs.
    public static func cyclePolicy(_ before: CyclePolicy, _ after: CyclePolicy) -> ChangeSummary {
        var summary = ChangeSummary()
        summary.compare("Biennium start month", String(before.bienniumStartMonth), String(after.bienniumStartMonth))
        summary.compare("Bienniums start in", before.bienniumStartsInEvenYears ? "even years" : "odd years",
                        after.bienniumStartsInEvenYears ? "even years" : "odd years")
        summary.compare("Shortest cycle (months)", String(before.minimumCycleMonths), String(after.minimumCycleMonths))
        summary.compare("Beginning of Cycle window (months)", String(before.beginningWindowMonths), String(after.beginningWindowMonths))
        summary.compare("Mid-term Review window (months)", String(before.midtermWindowMonths), String(after.midtermWindowMonths))
        summary.compare("End of Cycle window (months)", String(before.endWindowMonths), String(after.endWindowMonths))
        return summary
    }
}

import Foundation
