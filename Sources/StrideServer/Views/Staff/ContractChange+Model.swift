import StrideCore

/// The model of `staff/contract-change.leaf`: the person's contract so far, the cycle a change
/// would close, and the form.
struct ContractChangeModel: Encodable {
    let heading: String
    let name: String
    /// Each type held and from when.
    let history: [String]
    /// The opened cycle running today, which a change before its end would close; nil when none runs.
    let running: String?
    let action: String
    let cancelHref: String
    let fields: [FormField]
    let withdrawal: Withdrawal?

    /// The last change recorded, which HR may withdraw (one recorded by mistake) while no cycle
    /// runs under it; otherwise why not.
    struct Withdrawal: Encodable {
        /// The confirmation page.
        let action: String
        let button: String
        /// Set when it can no longer be withdrawn; the button is then not shown.
        let refusal: String?
        let error: String?
    }

    init(staff: StaffMember, history: ContractHistory, opened: [ScheduledCycle], today: CalendarDate, form: ContractChangeForm,
         errors: [FieldError]) {
        heading = "Change contract type"
        name = staff.name
        self.history = history.lines
        running = opened.first { $0.covers(today) }.map {
            "Cycle \($0.label) runs from \(DisplayDate.long($0.start)) to \(DisplayDate.long($0.end)). A change that takes effect "
                + "before its end closes it on that day: its End of Cycle is then held, and the new contract type's cycles start."
        }
        action = StridePath.contractChange(staff.id!).href
        cancelHref = StridePath.staffMember(staff.id!).href
        fields = form.fields(errors: errors)
        withdrawal = history.changes.last.map { last in
            let refusal = ContractChangeRules.withdrawal(of: last, history: history, opened: opened, endOfCycleSigned: { _ in true },
                                                         policies: [:])
            return Withdrawal(action: StridePath.withdrawContractChange(staff.id!).href,
                              button: "Withdraw the change to \(last.type.displayName.lowercased()) from \(DisplayDate.long(last.effectiveOn))",
                              refusal: { if case .failure(let refused) = refusal { refused.reason + "." } else { nil } }(),
                              error: errors.first { $0.field == "withdraw" }?.message)
        }
    }
}

extension ContractHistory {
    /// Each type held and from when, as the profile and the change page list them.
    var lines: [String] { periods.map { "\($0.type.displayName) from \(DisplayDate.long($0.start))" } }
}
