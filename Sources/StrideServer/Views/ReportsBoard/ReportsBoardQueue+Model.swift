import Foundation
import StrideCore

/// The model of `reports-board/queue.leaf`: the filters, and the forms they select.
struct ReportsBoardQueueModel: Encodable {
    struct Row: Encodable {
        let href: String
        let name: String
        let staffNumber: String
        let unit: String
        let form: String
        let contract: String
        let appraiser: String
        let due: String
        /// "Past due" when the form's due date has gone by while the Board still holds it.
        let late: Bool
    }

    let filters: [FormField]
    let action: String
    let clearHref: String
    let ratingPracticeHref = StridePath.ratingPractice.href
    let caption: String
    let rows: [Row]
    let pagination: Pagination
    /// Improvement plans whose six-month review waits for the Board.
    var plans: [PlanRow] = []

    struct PlanRow: Encodable {
        let href: String
        let name: String
        let progress: String
        let reviewed: String
    }

    init(query: ReportsBoardQueueQuery, units: [UnitRecord], rows: [FormListQuery.Row], total: Int, today: CalendarDate,
         pagination: Pagination) {
        func marked(_ options: [FormField.Option], _ selected: String?) -> [FormField.Option] {
            [FormField.Option(value: "", label: "Any", selected: (selected ?? "").isEmpty)]
                + options.map { FormField.Option(value: $0.value, label: $0.label, selected: $0.value == selected) }
        }
        filters = [
            FormField("status", .select, label: "Status", value: nil, errors: [],
                      options: FormField.options(ReportsBoardStatus.self, selected: query.statusValue.rawValue) { $0.displayName }),
            FormField("unit", .select, label: "Unit", value: nil, errors: [],
                      options: marked(units.map { .init(value: $0.id.uuidString.lowercased(), label: $0.details.name, selected: false) },
                                      query.unitID?.uuidString.lowercased())),
            FormField("kind", .select, label: "Form", value: nil, errors: [],
                      options: marked(FormField.options(AppraisalFormKind.self, selected: nil) { $0.displayName }, query.kindValue?.rawValue)),
            FormField("contract", .select, label: "Contract type", value: nil, errors: [],
                      options: marked(FormField.options(ContractType.self, selected: nil) { $0.displayName }, query.contractValue?.rawValue)),
            FormField("overdue", .checkboxes, label: "Lateness", value: nil, errors: [],
                      options: [.init(value: "yes", label: "Only forms past their due date", selected: query.overdueOnly)]),
        ]
        action = StridePath.reportsBoardQueue.href
        clearHref = StridePath.reportsBoardQueue.href
        caption = total == 0 ? "No forms match these filters."
            : "\(total) \(total == 1 ? "form" : "forms"): \(query.statusValue.displayName.lowercased())"
        self.rows = rows.map { row in
            Row(href: StridePath.appraisalForm(row.id).href, name: row.name, staffNumber: row.staff_number, unit: row.unit_name ?? "—",
                form: "\(row.kind.displayName), cycle \(row.label)", contract: row.contract_type.displayName,
                appraiser: row.appraiser_name ?? "—", due: DisplayDate.long(row.due), late: row.due < today && row.state == .atReportsBoard)
        }
        self.pagination = pagination
    }
}
