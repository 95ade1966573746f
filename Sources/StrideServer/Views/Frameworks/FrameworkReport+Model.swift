import Foundation
import StrideCore

/// An import report as people read it, on the page and on the command line.
struct FrameworkReportView: Encodable {
    struct CategoryRow: Encodable {
        let category: String
        let skills: Int
        let definedLevels: Int
        let indicators: Int
    }

    struct Unplaced: Encodable {
        let line: Int
        let text: String
        let reason: String
    }

    let frameworkName: String
    let version: String
    let publisher: String
    let format: String
    let categories: [CategoryRow]
    let totalSkills: Int
    let totalDefinedLevels: Int
    let totalIndicators: Int
    let unplaced: [Unplaced]
    let warnings: [String]
    let elapsed: String

    init(framework: SkillsFramework, report: FrameworkImportReport) {
        frameworkName = framework.name
        version = framework.version
        publisher = framework.publisher
        format = report.format.displayName
        categories = report.categories.map {
            CategoryRow(category: $0.category, skills: $0.skills, definedLevels: $0.definedLevels, indicators: $0.indicators)
        }
        totalSkills = report.skillCount
        totalDefinedLevels = report.definedLevelCount
        totalIndicators = report.indicatorCount
        unplaced = report.unplaced.map { Unplaced(line: $0.line, text: $0.text, reason: $0.reason) }
        warnings = report.warnings.map { warning in warning.line.map { "Line \($0): \(warning.message)" } ?? warning.message }
        elapsed = report.elapsed.map(Self.milliseconds) ?? "—"
    }

    static func milliseconds(_ duration: Duration) -> String {
        let ms = Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
        return String(format: "%.1f ms", ms)
    }

    /// The report as plain text lines, for the command line.
    var lines: [String] {
        var lines = ["\(frameworkName) \(version) (\(publisher)), from \(format)"]
        let width = max(8, categories.map(\.category.count).max() ?? 8)
        func pad(_ text: String) -> String { text.padding(toLength: width, withPad: " ", startingAt: 0) }
        lines.append("  \(pad("Category"))  skills  levels  indicators")
        for row in categories {
            lines.append("  \(pad(row.category))  \(String(format: "%6d  %6d  %10d", row.skills, row.definedLevels, row.indicators))")
        }
        lines.append("  \(pad("Total"))  \(String(format: "%6d  %6d  %10d", totalSkills, totalDefinedLevels, totalIndicators))")
        for warning in warnings { lines.append("Warning: \(warning)") }
        if unplaced.isEmpty {
            lines.append("Everything in the document was placed.")
        } else {
            lines.append("Could not place \(unplaced.count) item\(unplaced.count == 1 ? "" : "s"):")
            for item in unplaced { lines.append("  line \(item.line): \(item.text) (\(item.reason))") }
        }
        lines.append("Time: \(elapsed)")
        return lines
    }
}
