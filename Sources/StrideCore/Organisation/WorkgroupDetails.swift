/// A workgroup's own facts. SFIA: "a collection of people working together on interdependent
/// tasks to achieve shared objectives". Its lead and members are references checked by the caller.
public struct WorkgroupDetails: Sendable, Equatable {
    public var name: String
    public var kind: WorkgroupKind
    public var purpose: String
    /// Squads formed for an outcome usually end; permanent teams usually do not.
    public var endDate: CalendarDate?

    public init(name: String, kind: WorkgroupKind, purpose: String, endDate: CalendarDate?) {
        self.name = name
        self.kind = kind
        self.purpose = purpose
        self.endDate = endDate
    }
}

public struct WorkgroupInput: Sendable, Equatable, Codable {
    public var name: String?
    public var kind: String?
    public var purpose: String?
    public var endDate: String?

    public init(name: String? = nil, kind: String? = nil, purpose: String? = nil, endDate: String? = nil) {
        self.name = name
        self.kind = kind
        self.purpose = purpose
        self.endDate = endDate
    }

    public func validate() -> Validated<WorkgroupDetails> {
        var check = FieldChecker()
        let name = check.required("name", name, name: "Name", missing: "Enter the workgroup's name")
        let kind: WorkgroupKind? = check.choice("kind", kind, missing: "Select the kind of workgroup")
        let purpose = check.required("purpose", purpose, name: "Purpose", missing: "Enter the workgroup's purpose",
                                     maxLength: 2000, multiline: true)
        let end = check.date("endDate", endDate, name: "End date", missing: nil)
        return check.result(WorkgroupDetails(name: name, kind: kind!, purpose: purpose, endDate: end))
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
