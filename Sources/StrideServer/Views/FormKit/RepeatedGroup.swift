import Foundation
import StrideCore

/// A form part that repeats, such as the 3 to 5 outputs of an appraisal: one fieldset per item,
/// numbered 1…n, for `partials/repeated-group`.
///
/// Without JavaScript, Add and Remove are submit buttons of the enclosing form
/// (`intent=add-output`, `intent=remove-output-2`): the handler keeps what was typed, adds or
/// drops an item and renders the page again. `Public/js/repeated-group.js` does the same in
/// the page and renumbers ids, names and legends; the server validates whatever is posted.
struct RepeatedGroup: Encodable, Sendable {
    struct Item: Encodable, Sendable {
        /// 1-based position, the number in every id of the item (`output-2-description`).
        let index: Int
        /// The fieldset's id, `output-2`.
        let id: String
        /// "Output 2 of 4".
        let legend: String
        let fields: [FormField]
        /// Nil while the group is at its minimum, so no-one can remove below it.
        let removeButton: FormButton?
    }

    /// The prefix of every id and intent: "output".
    let name: String
    /// "Output", as legends start.
    let itemLabel: String
    /// The group's own id (`output-group`): where an error about the number of items links to.
    let id: String
    let heading: String?
    /// "Add between 3 and 5 outputs".
    let hint: String?
    let error: String?
    let items: [Item]
    let itemCount: Int
    let min: Int
    let max: Int
    /// Nil once the group is at its maximum.
    let addButton: FormButton?
    /// The hint and error ids, read out with the Add button.
    let addDescribedBy: String?
    /// A copy of the page's main button, drawn first and hidden, so pressing Enter in a text input
    /// does that instead of the first Remove button (browsers submit with the first button).
    let enterKeyButton: FormButton?
    /// "Output {index} of {count}": how the script rewrites legends after adding or removing.
    let legendTemplate: String
    /// "output {index}": how the script rewrites the Remove buttons' hidden text.
    let removeTextTemplate: String
    /// The empty item the script clones, numbered after the last one. An array (empty when the
    /// count is fixed) because Leaf has no `#let`: `#for(item in group.blankItems)` binds it.
    let blankItems: [Item]
    /// The Add button for the script to restore after a removal from a full group.
    let blankAddButtons: [FormButton]

    /// The id pattern for a field of an item: `fieldID("output", 2, "description")` is
    /// `output-2-description`, so the error summary can link to it (UI.md §2).
    static func fieldID(_ name: String, _ index: Int, _ part: String) -> String {
        "\(name)-\(index)-\(part)"
    }

    static func groupID(_ name: String) -> String {
        "\(name)-group"
    }

    /// A group with one item per value, padded with empty items up to `min`.
    /// - Parameters:
    ///   - name: the id prefix, "output"; Add posts `add-<name>`, Remove `remove-<name>-<index>`.
    ///   - itemLabel: "Output".
    ///   - values: what each item holds (a submitted or saved form); more than `max` are kept, so
    ///     nothing typed is lost, but no more can be added.
    ///   - errors: the form's errors; one for `groupID(name)` is shown above the items.
    ///   - plural: how the hint names several items, "outputs" by default.
    ///   - enterKeyButton: the page's main button, which Enter should press (see the property).
    ///   - fields: the controls of item `index`, filled from its value (nil for a new, empty item).
    static func make<Value>(
        name: String, itemLabel: String, values: [Value], min: Int, max: Int,
        heading: String? = nil, hint: String? = nil, plural: String? = nil, errors: [FieldError] = [],
        enterKeyButton: FormButton? = nil, fields: (_ index: Int, _ value: Value?) -> [FormField]
    ) -> RepeatedGroup {
        assert(min >= 0 && min <= max, "A repeated group needs 0 <= min <= max")
        let plural = plural ?? itemLabel.lowercased() + "s"
        let count = Swift.max(values.count, min)
        let legendTemplate = "\(itemLabel) {index} of {count}"
        let removeTextTemplate = "\(itemLabel.lowercased()) {index}"

        let items = (0..<count).map { offset in
            item(name: name, index: offset + 1, of: count, value: offset < values.count ? values[offset] : nil,
                 removable: count > min, legendTemplate: legendTemplate, removeTextTemplate: removeTextTemplate,
                 fields: fields)
        }
        let canGrow = min < max
        let add = FormButton("Add another \(itemLabel.lowercased())", value: "add-\(name)")
        let id = groupID(name)
        let error = errors.first { $0.field == id }?.message
        let hint = hint ?? Self.hint(min: min, max: max, plural: plural)
        let described = [hint.map { _ in "\(id)-hint" }, error.map { _ in "\(id)-error" }].compactMap { $0 }
        return RepeatedGroup(
            name: name, itemLabel: itemLabel, id: id, heading: heading, hint: hint, error: error,
            items: items, itemCount: count, min: min, max: max,
            addButton: count < max ? add : nil,
            addDescribedBy: described.isEmpty ? nil : described.joined(separator: " "),
            enterKeyButton: enterKeyButton, legendTemplate: legendTemplate, removeTextTemplate: removeTextTemplate,
            blankItems: canGrow
                ? [item(name: name, index: count + 1, of: count + 1, value: nil, removable: true,
                        legendTemplate: legendTemplate, removeTextTemplate: removeTextTemplate, fields: fields)]
                : [],
            blankAddButtons: canGrow ? [add] : [])
    }

    /// "Add between 3 and 5 outputs", "Add up to 5 outputs", "Add 3 outputs".
    static func hint(min: Int, max: Int, plural: String) -> String? {
        if min == max { return "Add \(min) \(plural)" }
        if min == 0 { return "Add up to \(max) \(plural)" }
        return "Add between \(min) and \(max) \(plural)"
    }

    private static func item<Value>(
        name: String, index: Int, of total: Int, value: Value?, removable: Bool,
        legendTemplate: String, removeTextTemplate: String, fields: (Int, Value?) -> [FormField]
    ) -> Item {
        let remove = removable
            ? FormButton("Remove", value: "remove-\(name)-\(index)",
                         hiddenText: fill(removeTextTemplate, index: index, count: total))
            : nil
        return Item(index: index, id: "\(name)-\(index)", legend: fill(legendTemplate, index: index, count: total),
                    fields: fields(index, value), removeButton: remove)
    }

    private static func fill(_ template: String, index: Int, count: Int) -> String {
        template.replacingOccurrences(of: "{index}", with: String(index))
            .replacingOccurrences(of: "{count}", with: String(count))
    }
}
