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
    }
}

extension ContractHistory {
    /// Each type held and from when, as the profile and the change page list them.
    var lines: [String] { periods.map { "\($0.type.displayName) from \(DisplayDate.long($0.start))" } }
}
