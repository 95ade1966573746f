import Foundation

/// Imports the AXELOS Skills Framework document (Markdown with tab-separated tables and HTML
/// cells) into a `SkillsFramework`.
///
/// The skill list, categories and short descriptions come from the "Skill summary" table; each
/// skill is then matched by name to its detailed table, whose heading may be worded
/// differently, for its description and its levels 1–5.
public enum AXELOSImporter {
    public static let defaultName = "AXELOS Skills Framework"
    public static let defaultPublisher = "AXELOS"

    /// Reads the document. Throws `FrameworkImportError` when the text is empty, has no skills,
    /// stops part-way or states no version and none is given in `options`.
    public static func importDocument(
        _ text: String, options: FrameworkImportOptions
    ) throws -> (SkillsFramework, FrameworkImportReport) {
        try FrameworkImporter.checkIsText(text)
        let lines = FrameworkText.lines(text)
        guard let summary = AXELOSSummaryTable(lines: lines) else { throw FrameworkImportError.noSkills(.axelos) }
        if summary.runsToEndOfDocument {
            throw FrameworkImportError.truncatedDocument(line: lines.count, detail: "the document ends inside the skill summary table")
        }
        guard !summary.rows.isEmpty else { throw FrameworkImportError.noSkills(.axelos) }
        let front = AXELOSFrontMatter(lines: lines, before: summary.headerIndex)
        let details = AXELOSSkillTables(lines: lines, from: summary.endIndex, categories: summary.categories)
        if let truncation = details.truncation {
            throw FrameworkImportError.truncatedDocument(line: truncation.line, detail: truncation.detail)
        }
        var warnings = details.warnings
        let tableByRow = match(summary, details, warnings: &warnings)
        try checkForMissingSections(summary, details, tableByRow: tableByRow, lineCount: lines.count)

        let (version, versionWarnings) = try options.resolvedVersion(stated: front.publicationDate, format: .axelos)
        warnings += versionWarnings
        let scale = front.levelScale ?? fallbackScale(details, warnings: &warnings)
        var unplaced = summary.unplaced + details.unplaced
        let cellsByTable = details.tables.map { table in
            table.cells.map { AXELOSLevelCell(html: $0.html, number: $0.number) }
        }
        let splitter = learnedSplitter(cellsByTable)
        var skills: [Skill] = []
        var categories = summary.categories.map { SkillCategory(name: $0) }
        for (rowIndex, row) in summary.rows.enumerated() {
            guard let tableIndex = tableByRow[rowIndex] else {
                warnings.append(ImportWarning(line: row.line, message: "no level table found for skill \"\(row.name)\""))
                skills.append(Skill(name: row.name, category: row.category, description: row.description,
                                    summaryDescription: row.description, levels: []))
                continue
            }
            let table = details.tables[tableIndex]
            let levels = readLevels(cellsByTable[tableIndex], of: row.name, line: table.rowLine, scale: scale,
                                    splitter: splitter, unplaced: &unplaced, warnings: &warnings)
            skills.append(Skill(
                name: row.name, category: row.category,
                subcategory: table.category == row.category ? table.subcategory : nil,
                description: table.description.isEmpty ? row.description : table.description,
                summaryDescription: row.description, levels: levels))
        }
        // Subcategories in the order their headings appear in the document.
        for rowIndex in tableByRow.sorted(by: { $0.value < $1.value }).map(\.key) {
            if let subcategory = skills[rowIndex].subcategory,
               let index = categories.firstIndex(where: { $0.name == skills[rowIndex].category }),
               !categories[index].contains(subcategory: subcategory) {
                categories[index].subcategories.append(subcategory)
            }
        }
        let matchedTables = Set(tableByRow.values)
        for (index, table) in details.tables.enumerated() where !matchedTables.contains(index) {
            unplaced.append(UnplacedText(line: table.headingLine, text: table.heading,
                                         reason: "skill table that matches no row of the skill summary"))
        }

        let title = front.title ?? "Skills Framework"
        let framework = SkillsFramework(
            name: options.frameworkName ?? (title.uppercased().contains("AXELOS") ? title : "AXELOS \(title)"),
            version: version,
            publisher: options.publisher ?? defaultPublisher,
            source: FrameworkSource(fileName: options.fileName, format: .axelos, importedAt: options.importedAt),
            levelScale: scale,
            categories: categories,
            skills: skills)
        try framework.validate()
        let report = FrameworkImportReport(
            format: .axelos, framework: framework,
            unplaced: unplaced.sorted { $0.line < $1.line }, warnings: warnings)
        return (framework, report)
    }

    private static func readLevels(
        _ cells: [AXELOSLevelCell], of skill: String, line: Int, scale: LevelScale, splitter: IndicatorSplitter,
        unplaced: inout [UnplacedText], warnings: inout [ImportWarning]
    ) -> [SkillLevel] {
        var levels: [SkillLevel] = []
        for cell in cells {
            guard scale.contains(cell.number) else {
                if !cell.isNotDefined {
                    unplaced.append(UnplacedText(
                        line: line, text: FrameworkText.collapsingWhitespace(cell.blocks.map(\.text).joined(separator: " ")),
                        reason: "level \(cell.number) of \"\(skill)\" is outside the level scale"))
                }
                continue
            }
            let level = cell.level(splitter: splitter)
            if level.isDefined && level.indicators.isEmpty {
                warnings.append(ImportWarning(line: line, message: "level \(cell.number) of \"\(skill)\" has no behavioural indicators"))
            }
            levels.append(level)
        }
        return levels
    }

    /// Pairs summary rows with detailed tables, first within the same category, then — with
    /// a warning — across categories for whatever is left.
    private static func match(
        _ summary: AXELOSSummaryTable, _ details: AXELOSSkillTables, warnings: inout [ImportWarning]
    ) -> [Int: Int] {
        let names = summary.rows.map(\.name), headings = details.tables.map(\.heading)
        var result = SkillNameMatcher.assign(names, headings) { row, table in
            details.tables[table].category.map { $0 == summary.rows[row].category } ?? true
        }
        let taken = Set(result.values)
        let rest = SkillNameMatcher.assign(names, headings) { row, table in
            result[row] == nil && !taken.contains(table)
        }
        for (row, table) in rest.sorted(by: { $0.key < $1.key }) {
            result[row] = table
            warnings.append(ImportWarning(
                line: details.tables[table].headingLine,
                message: "skill \"\(names[row])\" matched table \"\(headings[table])\" in another category's section"))
        }
        return result
    }

    /// A document cut short after some skill tables still has a complete summary; the missing
    /// tail shows as summary categories after the last section found, none of whose skills
    /// has a table.
    private static func checkForMissingSections(
        _ summary: AXELOSSummaryTable, _ details: AXELOSSkillTables, tableByRow: [Int: Int], lineCount: Int
    ) throws {
        guard !details.tables.isEmpty else {
            throw FrameworkImportError.truncatedDocument(line: lineCount, detail: "the document ends before the skill tables")
        }
        guard let lastSection = summary.categories.lastIndex(where: details.sections.contains) else { return }
        for category in summary.categories[(lastSection + 1)...] {
            let rows = summary.rows.indices.filter { summary.rows[$0].category == category }
            if !rows.isEmpty, rows.allSatisfy({ tableByRow[$0] == nil }) {
                throw FrameworkImportError.truncatedDocument(
                    line: lineCount, detail: "the document ends before the skill tables of category \"\(category)\"")
            }
        }
    }

    /// A splitter that knows the verbs the document's marked-up indicators start with.
    private static func learnedSplitter(_ cellsByTable: [[AXELOSLevelCell]]) -> IndicatorSplitter {
        var splitter = IndicatorSplitter()
        for cell in cellsByTable.joined() {
            for indicator in cell.markedUpIndicators {
                splitter.learn(fromIndicator: indicator)
            }
        }
        return splitter
    }

    private static func fallbackScale(_ details: AXELOSSkillTables, warnings: inout [ImportWarning]) -> LevelScale {
        let numbers = Set(details.tables.flatMap { $0.cells.map(\.number) }).sorted()
        warnings.append(ImportWarning(message: "the document has no Level/Descriptor table; levels are named by number"))
        return LevelScale(levels: numbers.map { ScaleLevel(number: $0, name: "Level \($0)") })
    }
}
