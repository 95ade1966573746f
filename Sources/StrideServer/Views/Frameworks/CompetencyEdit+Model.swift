/// The model of `frameworks/competency.leaf`: a competency's fields, then each level of the
/// framework's scale with its summary and indicators.
struct CompetencyEditModel: Encodable {
    let caption: String
    let heading: String
    let action: String
    let fields: [FormField]
    let levels: [CompetencyForm.LevelFields]
    let cancelHref: String
}
