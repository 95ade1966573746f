import Foundation

/// The detailed skill tables of the AXELOS document, one per skill: a heading, a description,
/// a row of level numbers and a row of level cells, under section headings ("## 2.4 IT
/// SERVICE MANAGEMENT") and sub-group headings ("### IT Service Strategy").
///
/// Headings come as Markdown headings, bold text, ALL CAPS or Title Case lines, so their
/// role is decided by position rather than by markup: the lines before a level-number row
/// end with the skill heading and its description, and any heading before those is a section
/// (when numbered or named like a summary category) or a subcategory.
struct AXELOSSkillTables {
    struct Table {
        var heading: String
        var headingLine: Int
        var description: String
        var category: String?
        var subcategory: String?
        var cells: [(number: Int, html: String)]
        var rowLine: Int
    }

    var tables: [Table] = []
    var unplaced: [UnplacedText] = []
    var warnings: [ImportWarning] = []
    /// Summary categories whose section heading was found, in document order.
    var sections: [String] = []
    /// Set when the document stops inside a table.
    var truncation: (line: Int, detail: String)?

    private var category: String?
    private var subcategory: String?
    private let categories: [String]

    init(lines: [String], from start: Int, categories: [String]) {
        self.categories = categories
        let lastContentIndex = lines.lastIndex { !FrameworkText.isBlank($0) } ?? -1
        var preamble: [AXELOSHeadingLine] = []
        var index = start
        while index < lines.count {
            defer { index += 1 }
            if FrameworkText.isBlank(lines[index]) { continue }
            guard let numbers = Self.levelNumbers(in: lines[index]) else {
                preamble.append(AXELOSHeadingLine(lines[index], line: index + 1))
                continue
            }
            guard let rowIndex = lines[(index + 1)...].firstIndex(where: { !FrameworkText.isBlank($0) }) else {
                truncation = (index + 1, "the table \(Self.name(of: preamble)) has level numbers but no level cells")
                return
            }
            let cells = lines[rowIndex].split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            if rowIndex == lastContentIndex, cells.count < numbers.count || !Self.tagsAreClosed(lines[rowIndex]) {
                truncation = (rowIndex + 1, "the level cells of \(Self.name(of: preamble)) stop part-way")
                return
            }
            addTable(preamble: preamble, numbers: numbers, cells: cells, rowLine: rowIndex + 1)
            preamble = []
            index = rowIndex
        }
        // A heading after the last table is a skill whose table was cut off; other trailing
        // text is kept as unplaced.
        if let heading = preamble.last(where: \.looksLikeHeading) {
            truncation = (heading.line, "the document ends after \"\(heading.text)\" without its level table")
        }
        for line in preamble {
            unplaced.append(UnplacedText(line: line.line, text: line.text, reason: "text after the last skill table"))
        }
    }

    private mutating func addTable(preamble: [AXELOSHeadingLine], numbers: [Int], cells: [String], rowLine: Int) {
        guard let (headingIndex, heading, description) = Self.skillHeading(in: preamble) else {
            for line in preamble {
                unplaced.append(UnplacedText(line: line.line, text: line.text, reason: "text before a level table that has no skill heading"))
            }
            unplaced.append(UnplacedText(line: rowLine, text: HTMLText.plainText(cells.joined(separator: " ")), reason: "level table without a skill heading"))
            return
        }
        for line in preamble[..<headingIndex] {
            placeGroupHeading(line)
        }
        var numbered: [(number: Int, html: String)] = []
        for (offset, cell) in cells.enumerated() {
            if offset < numbers.count {
                numbered.append((numbers[offset], cell))
            } else if !FrameworkText.isBlank(cell) {
                unplaced.append(UnplacedText(line: rowLine, text: HTMLText.plainText(cell), reason: "level cell beyond the table's level numbers"))
            }
        }
        if cells.count < numbers.count {
            warnings.append(ImportWarning(line: rowLine, message: "the table for \"\(heading.text)\" has \(cells.count) level cells for \(numbers.count) levels"))
        }
        tables.append(Table(
            heading: heading.text, headingLine: heading.line, description: description,
            category: category, subcategory: subcategory, cells: numbered, rowLine: rowLine))
    }

    /// A heading before the skill heading: a section when numbered or named like a summary
    /// category, otherwise a sub-group of the current section.
    private mutating func placeGroupHeading(_ line: AXELOSHeadingLine) {
        guard line.looksLikeHeading else {
            unplaced.append(UnplacedText(line: line.line, text: line.text, reason: "text between skill tables that is neither a heading nor a description"))
            return
        }
        let matched = sectionCategory(named: line)
        if let matched {
            category = matched
            subcategory = nil
            sections.append(matched)
        } else if line.isNumbered {
            warnings.append(ImportWarning(line: line.line, message: "section \"\(line.text)\" matches no category of the skill summary"))
            category = nil
            subcategory = nil
        } else {
            subcategory = line.text
        }
    }

    /// The summary category a section heading names: one whose words start the heading's
    /// ("LEADERSHIP AND PERSONAL SKILLS"), or for a numbered heading the closest one.
    private func sectionCategory(named line: AXELOSHeadingLine) -> String? {
        if let category = categories.first(where: { SkillNameMatcher.isPrefixMatch($0, line.text) }) {
            return category
        }
        guard line.isNumbered else { return nil }
        let scored = categories.map { (category: $0, score: SkillNameMatcher.similarity($0, line.text)) }
        guard let best = scored.max(by: { $0.score < $1.score }), best.score >= SkillNameMatcher.threshold else { return nil }
        return best.category
    }

    /// The skill heading (the last heading-like line) and the description lines after it.
    private static func skillHeading(in preamble: [AXELOSHeadingLine]) -> (Int, AXELOSHeadingLine, String)? {
        guard let index = preamble.lastIndex(where: \.looksLikeHeading) else { return nil }
        var heading = preamble[index]
        var description = preamble[(index + 1)...].map(\.text)
        if let inline = heading.inlineDescription {
            description.insert(inline, at: 0)
            heading.inlineDescription = nil
        }
        return (index, heading, FrameworkText.collapsingWhitespace(description.joined(separator: " ")))
    }

    /// The numbers of a level-number row such as "1\t2\t3\t4\t5", or nil for any other line.
    static func levelNumbers(in line: String) -> [Int]? {
        guard let first = line.unicodeScalars.first, ("0"..."9").contains(first) else { return nil }
        let cells = line.split(separator: "\t").map { FrameworkText.collapsingWhitespace($0) }.filter { !$0.isEmpty }
        let numbers = cells.compactMap { Int($0) }
        guard numbers.count >= 2, numbers.count == cells.count,
              zip(numbers, numbers.dropFirst()).allSatisfy({ $1 == $0 + 1 }) else { return nil }
        return numbers
    }

    private static func name(of preamble: [AXELOSHeadingLine]) -> String {
        preamble.last(where: \.looksLikeHeading).map { "\"\($0.text)\"" } ?? "at the end"
    }

    /// Whether every <p>, <ul> and <li> opened in the row is closed again.
    private static func tagsAreClosed(_ row: String) -> Bool {
        let lower = row.lowercased()
        return ["p", "ul", "li"].allSatisfy { tag in
            lower.components(separatedBy: "<\(tag)>").count + lower.components(separatedBy: "<\(tag) ").count - 2
                == lower.components(separatedBy: "</\(tag)>").count - 1
        }
    }
}
