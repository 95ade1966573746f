/// Several controls under one legend, such as "Objectives" or one part of an output. Screen
/// readers announce the legend with each control inside, so the group keeps its context
/// (UI.md §2). Drawn by `partials/fieldset`.
struct FormFieldset: Encodable, Sendable {
    enum LegendSize: String, Encodable, Sendable {
        case s, m, l, xl
    }

    /// The legend is wrapped in this heading when it is also the page's or a section's heading:
    /// a page asking one question makes it the h1 (UI.md §2).
    enum Heading: String, Encodable, Sendable {
        case h1, h2, h3
    }

    let id: String
    let legend: String
    let hint: String?
    let legendSize: LegendSize?
    let legendHeading: Heading?
    let fields: [FormField]
    /// The hint's id, for the fieldset's `aria-describedby`.
    let describedBy: String?

    init(id: String, legend: String, hint: String? = nil, legendSize: LegendSize? = nil, legendHeading: Heading? = nil,
         fields: [FormField]) {
        self.id = id
        self.legend = legend
        self.hint = hint
        self.legendSize = legendSize
        self.legendHeading = legendHeading
        self.fields = fields
        self.describedBy = hint.map { _ in "\(id)-hint" }
    }
}
