import StrideCore
import Vapor

/// The change of contract type as posted, kept as typed so it can be shown again.
struct ContractChangeForm: Content {
    var contractType: String?
    var effectiveOn: String?

    var input: ContractChangeRules.Input { .init(contractType: contractType, effectiveOn: effectiveOn) }

    /// The form's controls, in page order.
    func fields(errors: [FieldError]) -> [FormField] {
        [
            FormField("contractType", .radios, label: "New contract type", value: contractType, errors: errors,
                      options: FormField.options(ContractType.self, selected: contractType) { $0.displayName }),
            FormField("effectiveOn", .date, label: "Takes effect on",
                      hint: "The first day under the new contract type, for example 2027-01-31",
                      value: effectiveOn, errors: errors, width: "10"),
        ]
    }
}
