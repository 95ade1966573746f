/// What a person's appraisal schedule is anchored on once it is in use: the contract type they
/// hold and their entry on duty. When cycles have been opened or a change of contract type
/// recorded, editing either would re-time cycles already running, so the staff form and the
/// import refuse it; a change of type is recorded with the date it takes effect instead.
public struct ScheduleAnchor: Sendable, Equatable {
    public let contractType: ContractType
    public let entryOnDuty: CalendarDate

    public init(contractType: ContractType, entryOnDuty: CalendarDate) {
        self.contractType = contractType
        self.entryOnDuty = entryOnDuty
    }

    /// The edits to `details` the anchor forbids, by staff form field.
    public func problems(with details: StaffDetails) -> [FieldError] {
        var problems: [FieldError] = []
        if details.entryOnDuty != entryOnDuty {
            problems.append(FieldError("entryOnDuty",
                                       "Entry on duty cannot change from \(entryOnDuty.iso): appraisal cycles are timed from it"))
        }
        if details.contractType != contractType {
            problems.append(FieldError("contractType",
                                       "The contract type cannot be edited here once cycles are open: record a change of contract type, "
                                           + "with the date it takes effect, from the profile"))
        }
        return problems
    }
}
