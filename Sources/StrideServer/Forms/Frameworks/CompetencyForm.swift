import Foundation
import StrideCore

/// The competency form as posted: code, name, category, description, and for each level of
/// the framework's scale its summary and indicators (`level-3-summary`, `level-3-indicators`).
struct CompetencyForm: Sendable {
    let values: [String: String]

    init(posted values: [String: String]) {
        self.values = values
    }

    /// The form filled in from a stored competency.
    init(_ input: CompetencyInput) {
        var values = ["code": input.code ?? "", "name": input.name ?? "", "category": input.category ?? "",
                      "description": input.description ?? ""]
        for (number, level) in input.levels {
            values["level-\(number)-summary"] = level.summary ?? ""
            values["level-\(number)-indicators"] = level.indicators ?? ""
        }
        self.init(posted: values)
    }

    func input(scale: [Int]) -> CompetencyInput {
        CompetencyInput(code: values["code"], name: values["name"], category: values["category"], description: values["description"],
                        levels: Dictionary(uniqueKeysWithValues: scale.map {
                            ($0, .init(summary: values["level-\($0)-summary"], indicators: values["level-\($0)-indicators"]))
                        }))
    }

    /// A level's heading and its two fields.
    struct LevelFields: Encodable {
        let heading: String
        let fields: [FormField]
    }

    func fields(categories: [String], errors: [FieldError]) -> [FormField] {
        [
            FormField("name", .text, label: "Name", value: values["name"], errors: errors),
            FormField("code", .text, label: "Code (optional)", hint: "A short code, like TEAM", value: values["code"], errors: errors,
                      width: "10"),
            FormField("category", .text, label: "Category",
                      hint: categories.isEmpty ? "Like Core or Managerial" : "One of \(categories.joined(separator: ", ")), or a new one",
                      value: values["category"], errors: errors, width: "20"),
            FormField("description", .textarea, label: "Description", hint: "What the competency is.", value: values["description"],
                      errors: errors, maxLength: 2000, rows: 3),
        ]
    }

    func levels(_ scale: [ScaleLevel], errors: [FieldError]) -> [LevelFields] {
        scale.map { level in
            let id = "level-\(level.number)"
            return LevelFields(heading: "Level \(level.number): \(level.name)", fields: [
                FormField("\(id)-summary", .textarea, label: "Summary", hint: "Leave empty if the competency is not described at this level.",
                          value: values["\(id)-summary"], errors: errors, maxLength: 1000, rows: 2),
                FormField("\(id)-indicators", .textarea, label: "Indicators", hint: "One per line: what someone at this level does",
                          value: values["\(id)-indicators"], errors: errors, rows: 3),
            ])
        }
    }
}
