import StrideCore

/// The model of `appraisals/next-cycle.leaf`: the outputs of the cycle ending, those not yet
/// achieved ticked, to carry into the next cycle's Beginning of Cycle.
struct NextCycleModel: Encodable {
    let caption: String
    let fields: [FormField]
    let action: String
    let cancelHref: String

    init(loaded: LoadedAppraisalForm, candidates: [(output: Output, suggested: Bool)]) {
        caption = "\(loaded.staff.record.details.name), after cycle \(loaded.cycle.label)"
        fields = [FormField("carry", .checkboxes, label: "Outputs to carry over",
                            hint: "Those not rated fully met or exceeded are ticked. They become drafts in the next Beginning of Cycle, to agree again.",
                            value: nil, errors: [],
                            options: candidates.map { .init(value: $0.output.key.uuidString.lowercased(), label: $0.output.description, selected: $0.suggested) })]
        action = StridePath.nextCycle(loaded.formID).href
        cancelHref = StridePath.appraisalForm(loaded.formID).href
    }
}
