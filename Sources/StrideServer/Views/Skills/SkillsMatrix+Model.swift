import Foundation
import StrideCore

/// The model of `skills/matrix.leaf`: a team's confirmed levels as a heatmap table (UI.md §7: a
/// `<table>`, each cell's level written in it, the shade only reinforcing it), what the team
/// needs and what nobody covers, one page of people at a time.
struct SkillsMatrixModel: Encodable {
    struct Column: Encodable {
        let name: String
        let framework: String
        /// "Needs 3, essential"; nil for a skill held but not asked for.
        let need: String?
        let isUncovered: Bool
    }

    struct Cell: Encodable {
        let text: String
        let shade: Int
        /// What a screen reader says after the number ("below the 4 needed").
        let note: String?
        let isShort: Bool
    }

    struct Row: Encodable {
        let name: String
        let href: String?
        let cells: [Cell]
    }

    let heading: String
    let caption: String
    let backHref: String
    let backLabel: String
    let needSource: String
    let neededCount: Int
    let uncovered: [String]
    let columns: [Column]
    let rows: [Row]
    let pagination: Pagination?
    let exportHref: String
    let needsHref: String?

    static let pageSize = 100

    /// - Parameters:
    ///   - openable: the people whose records (and Skills page) the viewer may open: only their
    ///     levels are shown; the others count in the coverage, their cells say the level is not shared.
    ///   - page: which page of people to show (1-based); the coverage counts everyone.
    init(matrix: SkillsMatrix, heading: String, team: String, back: (href: String, label: String), needSource: String,
         openable: Set<UUID>, page: Int, path: String, exportHref: String, needsHref: String?) {
        self.heading = heading
        caption = "Confirmed skill levels of \(team)"
        backHref = back.href
        backLabel = back.label
        self.needSource = needSource
        neededCount = matrix.columns.filter { $0.needed != nil }.count
        uncovered = matrix.uncovered.map { "\($0.skill.name) (level \($0.needed!))" }
        columns = matrix.columns.map { column in
            Column(name: column.skill.name, framework: column.skill.frameworkName,
                   need: column.needed.map { "Needs \($0)\(column.essential ? ", essential" : ", desirable")" },
                   isUncovered: column.isUncovered)
        }
        let shown = matrix.rows.dropFirst((page - 1) * Self.pageSize).prefix(Self.pageSize)
        rows = shown.map { row in
            guard openable.contains(row.person.id) else {
                return Row(name: row.person.name, href: nil, cells: matrix.columns.map { _ in
                    Cell(text: "Private", shade: 0, note: "level not shared with you", isShort: false)
                })
            }
            return Row(name: row.person.name, href: StridePath.staffSkills(row.person.id).href,
                cells: zip(matrix.columns, row.levels).map { column, level in
                    // An empty cell already says none is held; the border marks a level held but too low.
                    let isShort = level.map { held in column.needed.map { held < $0 } ?? false } ?? false
                    return Cell(text: level.map(String.init) ?? "–", shade: SkillsMatrix.shade(level, on: column.skill.scale),
                                note: level == nil ? "none confirmed" : isShort ? "below the \(column.needed!) needed" : nil,
                                isShort: isShort)
                })
        }
        pagination = matrix.rows.count > Self.pageSize
            ? Pagination(page: page, pageSize: Self.pageSize, total: matrix.rows.count, path: path, query: [:]) : nil
        self.exportHref = exportHref
        self.needsHref = needsHref
    }

    /// The same data as the table, every person, as CSV: a column per skill headed with what is
    /// needed, each cell the confirmed level or empty ("not shared" outside `openable`).
    static func csv(_ matrix: SkillsMatrix, openable: Set<UUID>) -> String {
        let headers = matrix.columns.map { column in
            "\(column.skill.name) (\(column.skill.frameworkName)\(column.needed.map { ", needs \($0)" } ?? ""))"
        }
        var text = CSV.row(["person"] + headers)
        for row in matrix.rows {
            let shared = openable.contains(row.person.id)
            text += CSV.row([row.person.name] + row.levels.map { shared ? $0.map(String.init) ?? "" : "not shared" })
        }
        return text
    }
}
