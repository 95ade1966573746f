import StrideCore

/// The model of `appraisals/sectioned-edit.leaf`, the edit page of the Mid-term Review and the
/// End of Cycle: blocks of what the form already says (read-only) followed by the controls to
/// write, such as each output with its agreed text above its progress or its rating.
struct SectionedEditModel: Encodable {
    struct Block: Encodable {
        let id: String
        let heading: String
        /// What the block is about, read-only: the output as agreed, the self-assessment to rate.
        let rows: [ReadOnlyForm.Row]
        let fields: [FormField]
        /// Items that repeat inside the block, such as outputs added at the mid-term.
        let groups: [RepeatedGroup]

        init(id: String, heading: String, rows: [ReadOnlyForm.Row] = [], fields: [FormField] = [], groups: [RepeatedGroup] = []) {
            self.id = id
            self.heading = heading
            self.rows = rows
            self.fields = fields
            self.groups = groups
        }
    }

    let heading: String
    let caption: String
    let intro: [String]
    let action: String
    let version: String
    let blocks: [Block]
    /// One bar of buttons, in an array for Leaf's `#for`.
    let buttonBars: [FormButtons]

    init(loaded: LoadedAppraisalForm, intro: [String], version: Int?, blocks: [Block], buttons: FormButtons) {
        heading = loaded.form.kind.displayName
        caption = "\(loaded.staff.record.details.name), cycle \(loaded.cycle.label): "
            + "\(DisplayDate.long(loaded.cycle.startDate)) to \(DisplayDate.long(loaded.cycle.endDate))"
        self.intro = intro
        action = StridePath.editAppraisalForm(loaded.formID).href
        self.version = version.map(String.init) ?? ""
        self.blocks = blocks
        buttonBars = [buttons]
    }
}
