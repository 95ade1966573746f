import StrideCore
import Vapor

/// The framework upload form as posted.
struct FrameworkUploadForm: Content {
    var file: File?
    var format: String?
    var name: String?
    var version: String?

    func fields(errors: [FieldError]) -> [FormField] {
        let formats = [FormField.Option(value: "auto", label: "Detect from the document", selected: format == nil || format == "auto")]
            + [FrameworkFormat.sfia, .axelos, .json].map {
                FormField.Option(value: $0.rawValue, label: $0 == .json ? "Stride framework JSON" : "\($0.displayName) document",
                                 selected: format == $0.rawValue)
            }
        return [
            FormField("file", .file, label: "Framework document",
                      hint: "An SFIA skill page (text), the AXELOS Skills Framework (Markdown) or Stride framework JSON",
                      value: nil, errors: errors, accept: ".txt,.md,.markdown,.json,text/plain,text/markdown,application/json"),
            FormField("format", .radios, label: "Format", value: format, errors: errors, options: formats),
            FormField("name", .text, label: "Framework name (optional)", hint: "Replaces the name the document gives",
                      value: name, errors: errors),
            FormField("version", .text, label: "Version (optional)", hint: "Needed when the document does not state its version",
                      value: version, errors: errors, width: "10"),
        ]
    }
}
