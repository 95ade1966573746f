import StrideCore
import Vapor

/// HR's form for one contract type's cycle policy, kept as typed.
struct CyclePolicyForm: Content, VersionedForm {
    var bienniumStartMonth: String?
    var bienniumParity: String?
    var minimumCycleMonths: String?
    var beginningWindowMonths: String?
    var midtermWindowMonths: String?
    var endWindowMonths: String?
    /// The version of the policy the form was made from.
    var version: Int?

    init(_ policy: CyclePolicy, version: Int) {
        let input = CyclePolicyInput(policy)
        bienniumStartMonth = input.bienniumStartMonth
        bienniumParity = input.bienniumParity
        minimumCycleMonths = input.minimumCycleMonths
        beginningWindowMonths = input.beginningWindowMonths
        midtermWindowMonths = input.midtermWindowMonths
        endWindowMonths = input.endWindowMonths
        self.version = version
    }

    var input: CyclePolicyInput {
        CyclePolicyInput(bienniumStartMonth: bienniumStartMonth, bienniumParity: bienniumParity, minimumCycleMonths: minimumCycleMonths,
                         beginningWindowMonths: beginningWindowMonths, midtermWindowMonths: midtermWindowMonths,
                         endWindowMonths: endWindowMonths)
    }

    func fields(errors: [FieldError]) -> [FormField] {
        let monthOptions = DisplayDate.months.enumerated().map { index, name in
            FormField.Option(value: String(index + 1), label: name, selected: bienniumStartMonth == String(index + 1))
        }
        let parity = [("even", "Even years (2026, 2028, …)"), ("odd", "Odd years (2027, 2029, …)")].map { value, label in
            FormField.Option(value: value, label: label, selected: bienniumParity == value)
        }
        let window = "Months after the discussion date by which the form is due."
        return [
            FormField("bienniumStartMonth", .select, label: "Month a biennium starts", value: bienniumStartMonth, errors: errors, options: monthOptions),
            FormField("bienniumParity", .radios, label: "Bienniums start in", value: bienniumParity, errors: errors, options: parity),
            FormField("minimumCycleMonths", .text, label: "Shortest cycle, in months",
                      hint: "A first cycle shorter than this runs on to the end of the following biennium.",
                      value: minimumCycleMonths, errors: errors, width: "2"),
            FormField("beginningWindowMonths", .text, label: "Beginning of Cycle window, in months", hint: window,
                      value: beginningWindowMonths, errors: errors, width: "2"),
            FormField("midtermWindowMonths", .text, label: "Mid-term Review window, in months", hint: window,
                      value: midtermWindowMonths, errors: errors, width: "2"),
            FormField("endWindowMonths", .text, label: "End of Cycle window, in months", hint: window,
                      value: endWindowMonths, errors: errors, width: "2"),
        ]
    }
}
