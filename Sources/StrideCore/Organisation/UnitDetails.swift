/// An organisational unit's own facts: a department, branch or unit. Its place in the tree
/// (parent) and its responsible chief are references checked by the caller.
public struct UnitDetails: Sendable, Equatable {
    public var name: String
    /// A short unique code ("HRD", "HRD-POL") used in imports and URLs people can read.
    public var code: String

    public init(name: String, code: String) {
        self.name = name
        self.code = code
    }
}

public struct UnitInput: Sendable, Equatable, Codable {
    public var name: String?
    public var code: String?

    public init(name: String? = nil, code: String? = nil) {
        self.name = name
        self.code = code
    }

    public func validate() -> Validated<UnitDetails> {
        var check = FieldChecker()
        let name = check.required("name", name, name: "Name", missing: "Enter the unit's name")
        let code = check.required("code", code, name: "Code", missing: "Enter a short code, like HRD", maxLength: 20)
            .uppercased()
        if !code.isEmpty, !code.allSatisfy({ ($0.isASCII && ($0.isLetter || $0.isNumber)) || $0 == "-" || $0 == "_" }) {
            check.add("code", "Code must use only letters, digits, hyphens and underscores")
        }
        return check.result(UnitDetails(name: name, code: code))
    }
}
