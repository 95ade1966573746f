/// A staff member's own facts, as entered by HR or imported. Where they sit in the
/// organisation (unit, supervisor) is a reference to other records and is checked by the
/// caller against those records.
public struct StaffDetails: Sendable, Equatable {
    public var name: String
    public var email: String
    /// The organisation's own identifier for the person ("Staff ID"), unique.
    public var staffNumber: String
    public var grade: String
    public var jobTitle: String
    public var entryOnDuty: CalendarDate
    public var contractType: ContractType
    public var status: EmploymentStatus
    /// The day the contract ends, or the person separates, where known: no appraisal cycle
    /// runs past it (`CYCLES.md`, "Contract end, separation, changes").
    public var contractEnd: CalendarDate?

    public init(name: String, email: String, staffNumber: String, grade: String, jobTitle: String,
                entryOnDuty: CalendarDate, contractType: ContractType, status: EmploymentStatus,
                contractEnd: CalendarDate? = nil) {
        self.name = name
        self.email = email
        self.staffNumber = staffNumber
        self.grade = grade
        self.jobTitle = jobTitle
        self.entryOnDuty = entryOnDuty
        self.contractType = contractType
        self.status = status
        self.contractEnd = contractEnd
    }
}

/// What a person typed into the staff form, kept as text so it can be shown again.
public struct StaffInput: Sendable, Equatable, Codable {
    public var name: String?
    public var email: String?
    public var staffNumber: String?
    public var grade: String?
    public var jobTitle: String?
    public var entryOnDuty: String?
    public var contractType: String?
    public var status: String?
    public var contractEnd: String?

    public init(name: String? = nil, email: String? = nil, staffNumber: String? = nil, grade: String? = nil,
                jobTitle: String? = nil, entryOnDuty: String? = nil, contractType: String? = nil,
                status: String? = nil, contractEnd: String? = nil) {
        self.name = name
        self.email = email
        self.staffNumber = staffNumber
        self.grade = grade
        self.jobTitle = jobTitle
        self.entryOnDuty = entryOnDuty
        self.contractType = contractType
        self.status = status
        self.contractEnd = contractEnd
    }

    public init(_ details: StaffDetails) {
        self.init(name: details.name, email: details.email, staffNumber: details.staffNumber,
                  grade: details.grade, jobTitle: details.jobTitle, entryOnDuty: details.entryOnDuty.iso,
                  contractType: details.contractType.rawValue, status: details.status.rawValue,
                  contractEnd: details.contractEnd?.iso)
    }

    /// Field ids match the form controls, so errors link to them.
    public func validate() -> Validated<StaffDetails> {
        var check = FieldChecker()
        let name = check.required("name", name, name: "Name", missing: "Enter the person's full name")
        let email = check.email("email", email)
        let number = check.required("staffNumber", staffNumber, name: "Staff ID", missing: "Enter a staff ID", maxLength: 40)
        if !number.isEmpty, number.contains(where: { $0.isWhitespace || $0 == "," }) {
            check.add("staffNumber", "Staff ID must not contain spaces or commas")
        }
        let grade = check.required("grade", grade, name: "Grade", missing: "Enter a grade, like P3 or G5", maxLength: 20)
        let title = check.required("jobTitle", jobTitle, name: "Job title", missing: "Enter a job title")
        let eod = check.date("entryOnDuty", entryOnDuty, name: "Entry on duty date",
                             missing: "Enter the entry on duty date")
        let contract: ContractType? = check.choice("contractType", contractType, missing: "Select a contract type")
        let statusText = (status ?? "").isEmpty ? EmploymentStatus.active.rawValue : status
        let status: EmploymentStatus? = check.choice("status", statusText, missing: "Select active or separated")
        let end = check.date("contractEnd", contractEnd, name: "Contract end date", missing: nil)
        if let end, let eod, end <= eod {
            check.add("contractEnd", "The contract must end after entry on duty (\(eod.iso))")
        }
        return check.result(StaffDetails(
            name: name, email: email, staffNumber: number, grade: grade, jobTitle: title,
            entryOnDuty: eod!, contractType: contract!, status: status!, contractEnd: end))
    }
}
