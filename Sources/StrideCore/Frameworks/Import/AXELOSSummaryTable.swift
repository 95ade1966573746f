import Foundation

/// The AXELOS "Skill summary" table: the authoritative list of skills, grouped by category
/// rows, each with a short description.
///
/// The table is tab-separated text. A category row has only its first cell filled. Page
/// breaks split some rows in two ("Quality orientation (attention to" / "detail)"); a row
/// whose name is empty or starts in lower case, or that follows a name with an unclosed
/// parenthesis, continues the row before it.
struct AXELOSSummaryTable {
    struct Row {
        var name: String
        var description: String
        var category: String
        var line: Int
    }

    /// The index of the "Skill | Description" header line.
    let headerIndex: Int
    var categories: [String] = []
    var rows: [Row] = []
    var unplaced: [UnplacedText] = []
    /// The index of the line that ends the table (the next heading), or the line count when
    /// the table runs to the end of the document.
    var endIndex: Int
    var runsToEndOfDocument: Bool { endIndex >= lineCount }
    private let lineCount: Int

    /// Finds the table by its "Skill | Description" header row and reads it.
    init?(lines: [String]) {
        guard let header = lines.firstIndex(where: Self.isHeader) else { return nil }
        headerIndex = header
        lineCount = lines.count
        endIndex = lines.count
        var currentCategory: String?
        for index in (header + 1)..<lines.count {
            let line = lines[index]
            if FrameworkText.isBlank(line) { continue }
            if line.hasPrefix("#") {
                endIndex = index
                break
            }
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map { HTMLText.plainText(String($0)) }
            let name = cells[0]
            let description = cells.count > 1 ? cells[1] : ""
            if cells.allSatisfy({ $0.isEmpty || Int($0) != nil }) { continue }
            if let last = rows.last, isContinuation(name: name, description: description, after: last) {
                rows[rows.count - 1].name = FrameworkText.collapsingWhitespace(last.name + " " + name)
                rows[rows.count - 1].description = FrameworkText.collapsingWhitespace(last.description + " " + description)
            } else if description.isEmpty, !name.isEmpty {
                currentCategory = name
                categories.append(name)
            } else if let category = currentCategory, !name.isEmpty {
                rows.append(Row(name: name, description: description, category: category, line: index + 1))
            } else {
                unplaced.append(UnplacedText(
                    line: index + 1, text: FrameworkText.collapsingWhitespace(cells.joined(separator: " ")),
                    reason: "skill summary row without a skill name or category"))
            }
        }
    }

    private static func isHeader(_ line: String) -> Bool {
        let cells = line.split(separator: "\t").map { FrameworkText.collapsingWhitespace($0).lowercased() }
        return cells.count >= 2 && (cells[0] == "skill" || cells[0] == "skills") && cells[1] == "description"
    }

    private func isContinuation(name: String, description: String, after row: Row) -> Bool {
        if name.isEmpty { return !description.isEmpty }
        let startsLower = name.first?.isLowercase ?? false
        let openParenthesis = row.name.filter { $0 == "(" }.count > row.name.filter { $0 == ")" }.count
        return startsLower || openParenthesis
    }
}
