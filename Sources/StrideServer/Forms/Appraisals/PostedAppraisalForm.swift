/// A one-page appraisal form as posted: its fields by page id, the version the page was drawn
/// from, and whether the person handed it in ("submit") rather than saving a draft.
protocol PostedAppraisalForm: Sendable {
    var values: [String: String] { get }
    init(values: [String: String], version: Int?, submits: Bool)
}

extension PostedAppraisalForm {
    init(posted values: [String: String]) {
        self.init(values: values, version: values["version"].flatMap { Int($0) }, submits: values["intent"] == "submit")
    }

    func value(_ id: String) -> String? { values[id] }
}
