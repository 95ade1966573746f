/// What a person's appraisal schedule is anchored on once it is in use: the contract type they
/// hold and their entry on duty. When cycles have been opened or a change of contract type
/// recorded, editing either would re-time cycles already running, so the staff form and the
/// import refuse it; a change of type is recorded with the date it takes effect instead.
public struct ScheduleAnchor: Sendable, Equatable {
    /// The type on the record: the last one recorded, even where it takes effect later.
    public let contractType: ContractType
    public let entryOnDuty: CalendarDate
    /// The type held today, where a change recorded takes effect later: a file or form giving
    /// it (an HR system that knows nothing of the change yet) is not an edit.
    public let heldToday: ContractType?

    public init(contractType: ContractType, entryOnDuty: CalendarDate, heldToday: ContractType? = nil) {
        self.contractType = contractType
        self.entryOnDuty = entryOnDuty
        self.heldToday = heldToday
    }

    /// The anchor of `history`'s record as of `today`.
    public init(_ history: ContractHistory, today: CalendarDate) {
        let held = history.type(on: today)
        self.init(contractType: history.currentType, entryOnDuty: history.entryOnDuty,
                  heldToday: held == history.currentType ? nil : held)
    }

    /// `details` as saved: the type on the record stays the last one recorded.
    public func settled(_ details: StaffDetails) -> StaffDetails {
        var settled = details
        settled.contractType = contractType
        return settled
    }

    /// The edits to `details` the anchor forbids, by staff form field.
    public func problems(with details: StaffDetails) -> [FieldError] {
        var problems: [FieldError] = []
        if details.entryOnDuty != entryOnDuty {
            problems.append(FieldError("entryOnDuty",
                                       "Entry on duty cannot change from \(entryOnDuty.iso): appraisal cycles are timed from it"))
        }
        if details.contractType != contractType, details.contractType != heldToday {
            problems.append(FieldError("contractType",
                                       "The contract type cannot be edited here once cycles are open: record a change of contract type, "
                                           + "with the date it takes effect, from the profile"))
        }
        return problems
    }
}
