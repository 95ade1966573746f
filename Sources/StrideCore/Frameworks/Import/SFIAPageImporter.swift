import Foundation

/// Imports one SFIA skill page (as copied from the SFIA website, e.g. "Performance management
/// PEMT") into a single-skill `SkillsFramework`; pages of one SFIA version are combined with
/// `SkillsFramework.merging(_:)`.
///
/// Each paragraph under a level heading is one behavioural indicator and the first is also
/// the level's summary. A level the page calls "not typically observed" is `.notDefined`,
/// with that sentence kept as the level's note.
public enum SFIAPageImporter {
    public static let defaultName = "SFIA"
    public static let defaultPublisher = "SFIA Foundation"
    /// Category used when neither the page nor the options name one.
    public static let uncategorised = "Uncategorised"

    /// Reads the page. Throws `FrameworkImportError` when the text is empty, has no skill,
    /// stops before its level descriptions, or states no version and none is given.
    public static func importPage(
        _ text: String, options: FrameworkImportOptions
    ) throws -> (SkillsFramework, FrameworkImportReport) {
        try FrameworkImporter.checkIsText(text)
        let page = SFIAPage(text: text)
        guard let title = page.title, !page.levelSections.isEmpty || page.declaredLevels != nil else {
            throw FrameworkImportError.noSkills(.sfia)
        }
        let lineCount = FrameworkText.lines(text).count
        var warnings: [ImportWarning] = []
        var unplaced = page.unplaced
        let scale = LevelScale.sfia
        let levels = try readLevels(page, scale: scale, lineCount: lineCount, warnings: &warnings, unplaced: &unplaced)

        let (name, code) = nameAndCode(title.text)
        if code == nil {
            warnings.append(ImportWarning(line: title.line, message: "the title \"\(title.text)\" carries no SFIA skill code"))
        }
        let (version, versionWarnings) = try options.resolvedVersion(stated: page.statedVersion, format: .sfia)
        warnings += versionWarnings
        let category = page.statedCategory ?? options.category ?? uncategorised
        let subcategory = page.statedSubcategory ?? (page.statedCategory == nil ? options.subcategory : nil)
        if category == uncategorised {
            warnings.append(ImportWarning(message: "the page names no category; the skill is filed under \"\(uncategorised)\""))
        }
        let skill = Skill(
            code: code, name: name, category: category, subcategory: subcategory,
            description: page.description.joined(separator: "\n\n"),
            guidanceNotes: page.guidanceNotes, activities: page.activities, levels: levels)
        let framework = SkillsFramework(
            name: options.frameworkName ?? defaultName,
            version: version,
            publisher: options.publisher ?? defaultPublisher,
            source: FrameworkSource(fileName: options.fileName, format: .sfia, importedAt: options.importedAt),
            levelScale: scale,
            categories: [SkillCategory(name: category, subcategories: subcategory.map { [$0] } ?? [])],
            skills: [skill])
        try framework.validate()
        return (framework, FrameworkImportReport(format: .sfia, framework: framework, unplaced: unplaced, warnings: warnings))
    }

    /// The SFIA version a file name suggests ("sfia-pemt-v9.txt" → "9"), for callers that
    /// want to offer it as `FrameworkImportOptions.version`.
    public static func versionHint(fromFileName fileName: String) -> String? {
        let stem = fileName.lowercased().split(separator: "/").last.map(String.init) ?? ""
        let parts = stem.split { !$0.isLetter && !$0.isNumber }
        for part in parts.reversed() {
            if part.hasPrefix("v"), part.count > 1, part.dropFirst().allSatisfy(\.isNumber) { return String(part.dropFirst()) }
            if part.hasPrefix("sfia"), part.count > 4, part.dropFirst(4).allSatisfy(\.isNumber) { return String(part.dropFirst(4)) }
        }
        return nil
    }

    private static func readLevels(
        _ page: SFIAPage, scale: LevelScale, lineCount: Int,
        warnings: inout [ImportWarning], unplaced: inout [UnplacedText]
    ) throws -> [SkillLevel] {
        guard let lastSection = page.levelSections.last else {
            throw FrameworkImportError.truncatedDocument(line: lineCount, detail: "the page ends before its level descriptions")
        }
        if lastSection.paragraphs.isEmpty {
            throw FrameworkImportError.truncatedDocument(line: lastSection.headingLine, detail: "the last level heading has no text")
        }
        var byNumber: [Int: SkillLevel] = [:]
        for section in page.levelSections {
            let texts = section.paragraphs.map(\.text)
            guard !texts.isEmpty else {
                warnings.append(ImportWarning(line: section.headingLine, message: "the heading for level \(describe(section.levels)) has no text"))
                continue
            }
            let ruledOut = texts.contains { $0.lowercased().contains("not typically observed") }
            for number in section.levels {
                guard scale.contains(number), byNumber[number] == nil else {
                    let reason = byNumber[number] == nil ? "level \(number) is outside the SFIA scale" : "level \(number) is described twice"
                    unplaced.append(UnplacedText(line: section.headingLine, text: texts.joined(separator: " "), reason: reason))
                    continue
                }
                byNumber[number] = ruledOut
                    ? .notDefined(number, note: texts.joined(separator: " "))
                    : .defined(number, summary: texts[0], indicators: texts)
            }
        }
        let covered = byNumber.keys.max() ?? 0
        for number in page.declaredLevels ?? [] {
            if number > covered {
                throw FrameworkImportError.truncatedDocument(line: lineCount, detail: "the page ends before level \(number), which it lists as defined")
            }
            if byNumber[number] == nil {
                warnings.append(ImportWarning(message: "the page lists level \(number) as defined but has no text for it"))
            } else if byNumber[number]?.isDefined == false {
                warnings.append(ImportWarning(message: "the page lists level \(number) as defined but calls it not typically observed"))
            }
        }
        for number in scale.numbers where byNumber[number] == nil && !(page.declaredLevels ?? []).contains(number) {
            warnings.append(ImportWarning(message: "the page does not describe level \(number)"))
        }
        if let declared = page.declaredLevels {
            for level in byNumber.values where level.isDefined && !declared.contains(level.number) {
                warnings.append(ImportWarning(message: "level \(level.number) has text but is not in the page's \"Defined at these levels\" list"))
            }
        }
        return byNumber.values.sorted { $0.number < $1.number }
    }

    /// Splits "Performance management PEMT", "Performance management (PEMT)" or
    /// "PEMT: Performance management" into name and code.
    static func nameAndCode(_ title: String) -> (String, String?) {
        var words = title.split(separator: " ").map(String.init)
        func isCode(_ word: String) -> Bool {
            let bare = word.trimmingCharacters(in: CharacterSet(charactersIn: "():-–"))
            return (3...6).contains(bare.count) && bare.allSatisfy { $0.isASCII && ($0.isUppercase || $0.isNumber) }
                && bare.first?.isLetter == true
        }
        guard words.count > 1 else { return (title, nil) }
        if let last = words.last, isCode(last) {
            words.removeLast()
            return (words.joined(separator: " "), last.trimmingCharacters(in: CharacterSet(charactersIn: "()")))
        }
        if let first = words.first, isCode(first) {
            words.removeFirst()
            let name = words.joined(separator: " ").trimmingCharacters(in: CharacterSet(charactersIn: ":-–— "))
            return (name, first.trimmingCharacters(in: CharacterSet(charactersIn: "():-–")))
        }
        return (title, nil)
    }

    private static func describe(_ levels: ClosedRange<Int>) -> String {
        levels.count == 1 ? "\(levels.lowerBound)" : "\(levels.lowerBound)–\(levels.upperBound)"
    }
}
