/// A workgroup's own facts. SFIA: "a collection of people working together on interdependent
/// tasks to achieve shared objectives". Its lead and members are references checked by the caller.
public struct WorkgroupDetails: Sendable, Equatable {
    public var name: String
    public var kind: WorkgroupKind
    public var purpose: String
    /// A temporary group's dates: squads formed for an outcome usually start and end;
    /// permanent teams usually have neither.
    public var startDate: CalendarDate?
    public var endDate: CalendarDate?

    public init(name: String, kind: WorkgroupKind, purpose: String, startDate: CalendarDate? = nil, endDate: CalendarDate?) {
        self.name = name
        self.kind = kind
        self.purpose = purpose
        self.startDate = startDate
        self.endDate = endDate
    }

    /// Whether the group is working on `day`: started (or no start) and not yet ended.
    public func isActive(on day: CalendarDate) -> Bool {
        (startDate.map { $0 <= day } ?? true) && (endDate.map { day <= $0 } ?? true)
    }
}

public struct WorkgroupInput: Sendable, Equatable, Codable {
    public var name: String?
    public var kind: String?
    public var purpose: String?
    public var startDate: String?
    public var endDate: String?

    public init(name: String? = nil, kind: String? = nil, purpose: String? = nil, startDate: String? = nil, endDate: String? = nil) {
        self.name = name
        self.kind = kind
        self.purpose = purpose
        self.startDate = startDate
        self.endDate = endDate
    }

    public func validate() -> Validated<WorkgroupDetails> {
        var check = FieldChecker()
        let name = check.required("name", name, name: "Name", missing: "Enter the workgroup's name")
        let kind: WorkgroupKind? = check.choice("kind", kind, missing: "Select the kind of workgroup")
        let purpose = check.required("purpose", purpose, name: "Purpose", missing: "Enter the workgroup's purpose",
                                     maxLength: 2000, multiline: true)
        let start = check.date("startDate", startDate, name: "Start date", missing: nil)
        let end = check.date("endDate", endDate, name: "End date", missing: nil)
        if let start, let end, end < start { check.add("endDate", "The end date must be on or after the start date") }
        return check.result(WorkgroupDetails(name: name, kind: kind!, purpose: purpose, startDate: start, endDate: end))
    }
}

/// A person's place in a workgroup: "Lead", "Analyst", "Product owner"... free text, since
/// every organisation names these differently.
public enum WorkgroupRole {
    public static let lead = "Lead"
    public static let member = "Member"

    public static func validate(_ raw: String?) -> Validated<String> {
        var check = FieldChecker()
        let role = check.required("role", raw, name: "Role", missing: "Enter the member's role in the workgroup",
                                  maxLength: 80)
        return check.result(role)
    }
}
