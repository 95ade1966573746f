/// The model of `grouped-form.leaf`: fields, then repeated groups (a role's required skills, a
/// workgroup's needs, a scale's levels), then fields that follow them, and the buttons.
struct GroupedFormModel: Encodable {
    var caption: String? = nil
    let heading: String
    var lead: String? = nil
    let action: String
    var version: Int? = nil
    var fields: [FormField] = []
    /// A list because Leaf has no `#let` (see `RepeatedGroup.blankItems`).
    let groups: [RepeatedGroup]
    var after: [FormField] = []
    let buttonBars: [FormButtons]
}
