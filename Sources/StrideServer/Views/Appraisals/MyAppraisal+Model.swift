import StrideCore

/// The model of `appraisals/mine.leaf`: the signed-in person's cycles as their contract and
/// the cycle policies time them, the current one first with what is due and by when.
struct MyAppraisalModel: Encodable {
    struct Step: Encodable {
        let name: String
        let date: String
        let due: String?
        /// "Due now" while the step's window is open; Stride does not yet hold the forms, so it
        /// claims nothing about steps whose window has passed.
        let tag: String?
        let tagStyle: String?
    }

    struct Cycle: Encodable {
        let label: String
        let period: String
        let note: String?
        let steps: [Step]
        /// The cycle's forms once HR has opened it, with where each stands.
        let forms: [Form]
        let isOpened: Bool
        /// The cycle's timeline and check-in notes, once opened.
        var timelineHref: String?
        /// What the page says of a cycle with no forms.
        let notOpened: String
    }

    struct Form: Encodable {
        let name: String
        let href: String
        let state: String
        /// "Overdue: due 2 April 2026" once the due date has passed without both signatures.
        let overdue: String?
        /// Whether the form waits for the staff member: to write, hand in or sign it.
        let waitsForYou: Bool
    }

    let contract: String
    let entryOnDuty: String
    let current: Cycle?
    let upcoming: [Cycle]
    let past: [Cycle]

    init(staff: StaffDetails, cycles: [ScheduledCycle], opened: [AppraisalQueries.OpenedForm], today: CalendarDate) {
        contract = staff.contractType.displayName
        entryOnDuty = DisplayDate.long(staff.entryOnDuty)
        let forms = Dictionary(grouping: opened, by: \.start_date)
        let now = cycles.first { $0.covers(today) }
        current = now.map { Self.cycle($0, forms: forms[$0.start] ?? [], today: today) }
        upcoming = cycles.filter { $0.start > today }.prefix(2).map { Self.cycle($0, forms: forms[$0.start] ?? [], today: today) }
        past = cycles.filter { $0.end <= today }.reversed().map { Self.cycle($0, forms: forms[$0.start] ?? [], today: today) }
    }

    static func cycle(_ cycle: ScheduledCycle, forms: [AppraisalQueries.OpenedForm], today: CalendarDate) -> Cycle {
        Cycle(label: "Cycle \(cycle.label)",
              period: "\(DisplayDate.long(cycle.start)) to \(DisplayDate.long(cycle.end))",
              note: cycle.isCut ? "Cut short by the end of the contract." : nil,
              steps: cycle.milestones.map { step in
                  let (tag, style): (String?, String?) = step.isDue(on: today) ? ("Due now", "st-tag--yellow") : (nil, nil)
                  return Step(name: step.kind.displayName, date: DisplayDate.long(step.date), due: step.due.map(DisplayDate.long),
                              tag: tag, tagStyle: style)
              },
              forms: forms.map { form in
                  let due = cycle.due(for: form.kind)
                  return Form(name: form.kind.displayName, href: StridePath.appraisalForm(form.form_id).href, state: form.state.displayName,
                              overdue: form.state.isOverdue(due: due, on: today) ? "Overdue: due \(DisplayDate.long(due))" : nil,
                              waitsForYou: AppraisalWorkflow.awaits(.staffMember, in: form.state, kind: form.kind, contract: cycle.contractType))
              },
              isOpened: !forms.isEmpty,
              timelineHref: forms.first.map { StridePath.cycleTimeline($0.cycle_id).href },
              notOpened: cycle.end <= today ? "Not held in Stride." : "Not opened yet: HR opens each cycle when it is due.")
    }
}
