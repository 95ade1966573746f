import Foundation
import StrideCore
import Vapor

/// The model of `csv-import.leaf`: a CSV upload (staff, job roles), its columns, and any problems.
struct CSVImportModel: Encodable {
    let heading: String
    let explanation: String
    let action: String
    let fields: [FormField]
    let problems: [String]
    let problemCount: Int
    let problemHeading: String
    let columns: [Column]

    /// The page for an upload to `action`, listing `problems` (already worded with their line).
    init(heading: String, explanation: String, action: String, problems: [String], errors: [FieldError], columns: [Column]) {
        self.heading = heading
        self.explanation = explanation
        self.action = action
        fields = [FormField("file", .file, label: "CSV file", hint: "UTF-8, comma-separated, with a header row", value: nil,
                            errors: errors, accept: ".csv,text/csv")]
        self.problems = problems
        problemCount = problems.count
        problemHeading = counted(problems.count, "problem") + " found"
        self.columns = columns
    }

    /// The uploaded file's text, or the problem with it named on the `file` field.
    static func text(of file: File?) -> Result<String, FieldErrors> {
        guard let file, file.data.readableBytes > 0 else { return .failure(FieldErrors([FieldError("file", "Select a CSV file to import")])) }
        // Strict UTF-8: a spreadsheet saved as Windows-1252 would otherwise import "José" as "Jos�".
        guard let text = String(data: Data(buffer: file.data), encoding: .utf8), !text.contains("\u{0}") else {
            return .failure(FieldErrors([FieldError("file", "The selected file must be a CSV text file saved as UTF-8")]))
        }
        return .success(text)
    }

    /// One CSV column, as the page documents it.
    struct Column: Encodable {
        let name: String
        let required: Bool
        let description: String
    }
}
