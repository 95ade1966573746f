extension StaffImport {
    /// Reads rows one by one, then resolves what rows say about each other.
    struct Builder {
        let columns: [String]
        let unitCodes: Set<String>
        let roleKeys: Set<String>
        let existingByNumber: [String: Existing]
        let existingNumberByEmail: [String: String]
        var rows: [Row] = []
        var problems: [Problem] = []
        /// Raw supervisor references, resolved once every row is known. Rows that failed their
        /// own checks keep theirs too, so a bad reference is reported along with everything else.
        var supervisorRefs: [(line: Int, row: Int?, staffNumber: String, ref: String)] = []
        var lineOfNumber: [String: Int] = [:]
        var lineOfEmail: [String: Int] = [:]

        init(columns: [String], unitCodes: Set<String>, roleKeys: Set<String> = [], existing: [Existing]) {
            self.columns = columns
            self.unitCodes = Set(unitCodes.map { $0.uppercased() })
            self.roleKeys = roleKeys
            existingByNumber = Dictionary(existing.map { ($0.staffNumber, $0) }, uniquingKeysWith: { first, _ in first })
            existingNumberByEmail = Dictionary(existing.map { ($0.email, $0.staffNumber) }, uniquingKeysWith: { first, _ in first })
        }

        /// The CSV column name for a form field id, so messages speak the file's language.
        static let columnOfField = [
            "name": "name", "email": "email", "staffNumber": "staff_id", "grade": "grade", "jobTitle": "job_title",
            "entryOnDuty": "entry_on_duty", "contractType": "contract_type", "status": "status", "contractEnd": "contract_end",
        ]

        mutating func read(_ record: CSV.Record) {
            guard record.fields.count == columns.count else {
                problems.append(Problem(line: record.line, column: nil,
                                        message: "expected \(columns.count) fields, found \(record.fields.count)"))
                return
            }
            let cell = Dictionary(zip(columns, record.fields), uniquingKeysWith: { first, _ in first })
            let contract = cell["contract_type"].flatMap { ContractType(lenient: $0) }?.rawValue ?? cell["contract_type"]
            let status = cell["status"].map { $0.trimmed(.whitespaces).lowercased() }
            let number = (cell["staff_id"] ?? "").trimmed(.whitespaces)
            let contractEnd = cell["contract_end"] ?? existingByNumber[number]?.contractEnd?.iso
            let input = StaffInput(name: cell["name"], email: cell["email"], staffNumber: cell["staff_id"],
                                   grade: cell["grade"], jobTitle: cell["job_title"], entryOnDuty: cell["entry_on_duty"],
                                   contractType: contract, status: status, contractEnd: contractEnd)
            let validated = input.validate()
            for error in validated.errors {
                let column = Self.columnOfField[error.field]
                let raw = column.flatMap { cell[$0] }?.trimmed(.whitespaces) ?? ""
                problems.append(Problem(line: record.line, column: column,
                                        message: Self.quoted(raw, column: column) ?? error.message))
            }
            let unitCode = cell["unit"].map { $0.trimmed(.whitespaces).uppercased() }
            if let code = unitCode, !code.isEmpty, !unitCodes.contains(code) {
                problems.append(Problem(line: record.line, column: "unit", message: "no unit has the code \(code)"))
            }
            let roleName = cell["role"]?.trimmed(.whitespaces)
            if let roleName, !roleName.isEmpty, !roleKeys.contains(RoleProfileDetails.key(roleName)) {
                problems.append(Problem(line: record.line, column: "role", message: "no job role is named \(roleName)"))
            }
            let supervisorRef = cell["supervisor"]?.trimmed(.whitespaces)
            // Duplicates are checked on every row, valid or not, so one pass lists every problem.
            let email = EmailAddress.normalised(cell["email"] ?? "")
            var duplicate = false
            if !number.isEmpty, let earlier = lineOfNumber[number] {
                problems.append(Problem(line: record.line, column: "staff_id", message: "staff ID \(number) is also on line \(earlier)"))
                duplicate = true
            }
            if !email.isEmpty, let earlier = lineOfEmail[email] {
                problems.append(Problem(line: record.line, column: "email", message: "email \(email) is also on line \(earlier)"))
                duplicate = true
            }
            if !email.isEmpty, let owner = existingNumberByEmail[email], owner != number {
                problems.append(Problem(line: record.line, column: "email", message: "email \(email) already belongs to staff ID \(owner)"))
                duplicate = true
            }
            if !number.isEmpty, lineOfNumber[number] == nil { lineOfNumber[number] = record.line }
            if !email.isEmpty, lineOfEmail[email] == nil { lineOfEmail[email] = record.line }
            if let details = validated.value, let anchor = existingByNumber[details.staffNumber]?.scheduleAnchor {
                for problem in anchor.problems(with: details) {
                    problems.append(Problem(line: record.line, column: Self.columnOfField[problem.field], message: problem.message))
                }
            }
            guard var details = validated.value, !duplicate else {
                if let supervisorRef { supervisorRefs.append((record.line, nil, number, supervisorRef)) }
                return
            }
            if let anchor = existingByNumber[details.staffNumber]?.scheduleAnchor { details = anchor.settled(details) }
            if let supervisorRef { supervisorRefs.append((record.line, rows.count, details.staffNumber, supervisorRef)) }
            rows.append(Row(line: record.line, details: details,
                            unitCode: unitCode.map { $0.isEmpty ? nil : $0 }, supervisorNumber: nil,
                            roleKey: roleName.map { $0.isEmpty ? nil : RoleProfileDetails.key($0) },
                            isUpdate: existingByNumber[details.staffNumber] != nil))
        }

        /// A problem with a value that was given but is not one of those allowed, quoting it so the
        /// row is easy to find and fix; nil where the form's own message says it better (empty).
        static func quoted(_ raw: String, column: String?) -> String? {
            guard !raw.isEmpty, let column else { return nil }
            let shown = "“\(raw.count > 60 ? raw.prefix(60) + "…" : raw[...])”"
            return switch column {
            case "contract_type": "\(shown) is not a contract type: use regular, probation or technical_cooperation"
            case "status": "\(shown) is not a status: use active or separated"
            case "entry_on_duty",
                 "contract_end" where CalendarDate(iso: raw) == nil:
                "\(shown) is not a date: use the form YYYY-MM-DD, like 2026-03-01"
            case "email": "\(shown) is not an email address"
            default: nil
            }
        }

        /// Turns supervisor references into staff IDs and checks the resulting tree has no loop.
        mutating func resolveReferences() {
            let fileNumberByEmail = Dictionary(rows.map { ($0.details.email, $0.details.staffNumber) },
                                               uniquingKeysWith: { first, _ in first })
            var parents: [String: String] = existingByNumber.compactMapValues(\.supervisorNumber)
            for (line, index, staffNumber, ref) in supervisorRefs {
                var resolved: String?
                if !ref.isEmpty {
                    let email = ref.lowercased()
                    resolved = lineOfNumber[ref] != nil || existingByNumber[ref] != nil ? ref
                        : fileNumberByEmail[email] ?? existingNumberByEmail[email]
                    if resolved == nil {
                        problems.append(Problem(line: line, column: "supervisor",
                                                message: "no staff member has the staff ID or email \(ref)"))
                    } else if resolved == staffNumber {
                        problems.append(Problem(line: line, column: "supervisor",
                                                message: "a person cannot supervise themselves"))
                        resolved = nil
                    }
                }
                guard let index else { continue }
                let row = rows[index]
                parents[row.details.staffNumber] = resolved
                rows[index] = Row(line: row.line, details: row.details, unitCode: row.unitCode,
                                  supervisorNumber: .some(resolved), roleKey: row.roleKey, isUpdate: row.isUpdate)
            }
            let looping = Set(Hierarchy.nodesInCycles(parents: parents))
            for row in rows where looping.contains(row.details.staffNumber) {
                problems.append(Problem(line: row.line, column: "supervisor",
                                        message: "supervision would form a loop (\(row.details.staffNumber) would be their own indirect supervisor)"))
            }
            let tooDeep = Set(Hierarchy.nodesDeeperThan(TreePath.maxDepth - 1, parents: parents, excluding: looping))
            for row in rows where tooDeep.contains(row.details.staffNumber) {
                problems.append(Problem(line: row.line, column: "supervisor",
                                        message: "supervision would be more than \(TreePath.maxDepth) levels deep"))
            }
        }
    }
}
