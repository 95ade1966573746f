import Foundation
import StrideCore

/// The new-framework form as posted: name, version, publisher and the scale's levels as a
/// repeated group (`level-2-name`), kept as typed.
struct NewFrameworkForm: Sendable {
    static let group = "level"
    static let parts = ["name", "descriptor"]
    static let save = FormButton("Create the framework", value: "save", style: .primary)

    let values: [String: String]

    /// A blank form with the four levels most scales start from.
    static var blank: NewFrameworkForm { NewFrameworkForm(values: ["\(group)-count": "4"]) }

    private var count: Int { RepeatedValues.count(Self.group, in: values, limit: NewFrameworkInput.maxLevels + 1) }

    var regrouped: NewFrameworkForm? {
        guard let change = RepeatedValues.Change(intent: values["intent"] ?? "", name: Self.group) else { return nil }
        return NewFrameworkForm(values: RepeatedValues.applying(change, to: Self.group, parts: Self.parts, in: values,
                                                                limit: NewFrameworkInput.maxLevels + 1))
    }

    var input: NewFrameworkInput {
        NewFrameworkInput(name: values["name"], version: values["version"], publisher: values["publisher"], levels: (0..<count).map { offset in
            let id = { RepeatedGroup.fieldID(Self.group, offset + 1, $0) }
            return .init(name: values[id("name")], descriptor: values[id("descriptor")])
        })
    }

    /// The page's id for a field the core names: `levels[1].name` is `level-2-name`.
    static func pageField(_ coreField: String) -> String {
        if coreField == "levels" { return RepeatedGroup.groupID(group) }
        guard let path = CoreFieldPath(coreField), path.list == "levels" else { return coreField }
        return RepeatedGroup.fieldID(group, path.index + 1, path.part)
    }

    func fields(errors: [FieldError]) -> [FormField] {
        [
            FormField("name", .text, label: "Name", hint: "Like Our core competencies", value: values["name"], errors: errors),
            FormField("version", .text, label: "Version", hint: "Like 2027; a later version is a new framework", value: values["version"],
                      errors: errors, width: "10"),
            FormField("publisher", .text, label: "Publisher", hint: "Your organisation's name", value: values["publisher"], errors: errors),
        ]
    }

    func levelGroup(errors: [FieldError]) -> RepeatedGroup {
        RepeatedGroup.make(name: Self.group, itemLabel: "Level", values: Array(0..<count), min: 2, max: NewFrameworkInput.maxLevels,
                           heading: "The level scale", hint: "From the first level to the highest; levels are numbered in this order",
                           errors: errors, enterKeyButton: Self.save) { index, _ in
            let id = { RepeatedGroup.fieldID(Self.group, index, $0) }
            return [
                FormField(id("name"), .text, label: "Name", hint: "Like Foundation", value: values[id("name")], errors: errors, width: "20"),
                FormField(id("descriptor"), .textarea, label: "What the level means (optional)", value: values[id("descriptor")],
                          errors: errors, maxLength: 2000, rows: 2),
            ]
        }
    }
}
