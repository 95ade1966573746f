/// A link as pages show it: breadcrumbs, sub-units, workgroups on a profile.
struct PageLink: Encodable {
    let label: String
    let href: String
}

/// The model of `form.leaf`, the one template every create/edit form uses.
struct EditFormView: Encodable {
    let heading: String
    let action: String
    let fields: [FormField]
    let cancelHref: String
    /// Carried back with the form, such as the version of the record it was made from.
    var hidden: [ConfirmModel.HiddenField] = []
}
