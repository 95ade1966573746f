/// Plans a staff import from CSV: every row checked, every reference resolved, before
/// anything is written. The import is all or nothing, so the plan is either complete and
/// consistent or a list of every problem by line, never something in between.
///
/// Columns (header names are case-insensitive; spaces and hyphens count as underscores):
/// `staff_id`, `name`, `email`, `grade`, `job_title`, `entry_on_duty` (YYYY-MM-DD),
/// `contract_type` (regular, probation, technical_cooperation) are required;
/// `unit` (a unit code), `supervisor` (a staff ID or email, in the file or already in Stride),
/// `status` (active, separated; default active), `contract_end` (YYYY-MM-DD, the contract
/// end or separation date; empty for none) and `role` (a job role's name) are optional; an optional column left out of the
/// file leaves what Stride holds. Other columns are ignored
/// and named in the plan's notices.
public enum StaffImport {
    public static let requiredColumns = ["staff_id", "name", "email", "grade", "job_title", "entry_on_duty", "contract_type"]
    public static let optionalColumns = ["unit", "supervisor", "status", "contract_end", "role"]

    /// A staff member already in Stride, as the planner needs to see them.
    public struct Existing: Sendable, Equatable {
        public let staffNumber: String
        public let email: String
        public let supervisorNumber: String?
        /// Set once the person's schedule is in use; a row may not move it.
        public let scheduleAnchor: ScheduleAnchor?
        /// Kept when the file has no `contract_end` column.
        public let contractEnd: CalendarDate?

        public init(staffNumber: String, email: String, supervisorNumber: String?, scheduleAnchor: ScheduleAnchor? = nil,
                    contractEnd: CalendarDate? = nil) {
            self.staffNumber = staffNumber
            self.email = email.lowercased()
            self.supervisorNumber = supervisorNumber
            self.scheduleAnchor = scheduleAnchor
            self.contractEnd = contractEnd
        }
    }

    /// One row ready to write. `unitCode`/`supervisorNumber` are nil when the column is absent
    /// from the file (leave as is) and `.some(nil)` when the cell is empty (clear it).
    public struct Row: Sendable, Equatable {
        public let line: Int
        public let details: StaffDetails
        public let unitCode: String??
        public let supervisorNumber: String??
        /// The role's name folded (`RoleProfileDetails.key`), in the same way as the unit.
        public let roleKey: String??
        public let isUpdate: Bool
    }

    public typealias Problem = CSV.Problem

    public struct Plan: Sendable, Equatable {
        public let rows: [Row]
        public let notices: [String]
        public var created: Int { rows.filter { !$0.isUpdate }.count }
        public var updated: Int { rows.filter(\.isUpdate).count }
    }

    public enum Outcome: Sendable, Equatable {
        case ready(Plan)
        case rejected([Problem])
    }

    /// - Parameters:
    ///   - csv: the file's text.
    ///   - unitCodes: codes of the units that exist.
    ///   - existing: staff already in Stride.
    /// - Parameter roleKeys: the job roles a `role` cell may name, folded (`RoleProfileDetails.key`).
    public static func plan(csv: String, unitCodes: Set<String>, roleKeys: Set<String> = [], existing: [Existing]) -> Outcome {
        // Rows are checked as they are read; the file is never held as a list of records.
        var builder: Builder?
        var refused: Problem?
        var notices: [String] = []
        var headerLine = 1
        var rowCount = 0
        do {
            try CSV.read(csv) { record in
                guard refused == nil else { return }
                guard builder != nil else {
                    headerLine = record.line
                    switch header(record) {
                    case .columns(let columns, let ignored):
                        notices = ignored
                        builder = Builder(columns: columns, unitCodes: unitCodes, roleKeys: roleKeys, existing: existing)
                    case .refused(let problem):
                        refused = problem
                    }
                    return
                }
                builder!.read(record)
                rowCount += 1
            }
        } catch {
            return .rejected([Problem(line: error.line, column: nil, message: error.message)])
        }
        if let refused { return .rejected([refused]) }
        guard var builder else {
            return .rejected([Problem(line: 1, column: nil, message: "the file is empty; expected a header row")])
        }
        if rowCount == 0 {
            builder.problems.append(Problem(line: headerLine, column: nil, message: "the file has a header but no staff rows"))
        }
        builder.resolveReferences()
        // By line, then in the order the columns stand in the file, as a person reads it.
        let columns = builder.columns
        let position = { (problem: Problem) in problem.column.flatMap { columns.firstIndex(of: $0) } ?? -1 }
        let problems = builder.problems.sorted { ($0.line, position($0)) < ($1.line, position($1)) }
        return problems.isEmpty ? .ready(Plan(rows: builder.rows, notices: notices)) : .rejected(problems)
    }

    /// The header's columns, normalised, and a notice naming those Stride ignores; or the
    /// problem that stops the import.
    private enum Header {
        case columns([String], notices: [String])
        case refused(Problem)
    }

    private static func header(_ record: CSV.Record) -> Header {
        let columns = record.fields.map(normaliseHeader)
        let missing = requiredColumns.filter { !columns.contains($0) }
        if !missing.isEmpty {
            return .refused(Problem(line: record.line, column: nil,
                                    message: "missing required column\(missing.count > 1 ? "s" : ""): \(missing.joined(separator: ", "))"))
        }
        let duplicated = Set(columns.filter { column in columns.filter { $0 == column }.count > 1 })
        if !duplicated.isEmpty {
            return .refused(Problem(line: record.line, column: nil,
                                    message: "column given twice: \(duplicated.sorted().joined(separator: ", "))"))
        }
        let known = Set(requiredColumns + optionalColumns)
        let ignored = zip(record.fields, columns).filter { !known.contains($0.1) }.map(\.0)
        return .columns(columns, notices: ignored.isEmpty ? [] : ["Ignored column\(ignored.count > 1 ? "s" : ""): \(ignored.joined(separator: ", "))"])
    }

    static func normaliseHeader(_ text: String) -> String {
        text.trimmed(.whitespaces).lowercased()
            .replacingOccurrences(of: " ", with: "_").replacingOccurrences(of: "-", with: "_")
    }
}
