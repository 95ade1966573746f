import StrideCore

/// The model of `cycles/overdue.leaf`: forms past their due date, longest overdue first.
struct OverdueFormsModel: Encodable {
    struct Row: Encodable {
        let name: String
        let profileHref: String
        let staffNumber: String
        let unitName: String?
        let form: String
        let state: String
        let due: String
        let daysOverdue: String
    }

    let caption: String
    let rows: [Row]
    let pagination: Pagination

    init(forms: [AppraisalQueries.OverdueForm], total: Int, today: CalendarDate, pagination: Pagination) {
        caption = total == 0 ? "No form is overdue." : "\(counted(total, "form")) past the due date"
        rows = forms.map { form in
            Row(name: form.name, profileHref: StridePath.staffMember(form.staff_id).href, staffNumber: form.staff_number,
                unitName: form.unit_name, form: "\(form.kind.displayName), cycle \(form.label)", state: form.state.displayName,
                due: DisplayDate.long(form.due), daysOverdue: counted(form.due.days(until: today), "day"))
        }
        self.pagination = pagination
    }
}
