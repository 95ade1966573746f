/// The kind of contract a staff member holds. It decides the length and timing of their
/// appraisal cycle (ILO PMF: regular biennium, probation, technical cooperation).
public enum ContractType: String, CaseIterable, Codable, Sendable {
    case regular = "regular"
    case probation = "probation"
    case technicalCooperation = "technical_cooperation"

    public var displayName: String {
        switch self {
        case .regular: "Regular fixed-term"
        case .probation: "Probation"
        case .technicalCooperation: "Technical cooperation"
        }
    }

    /// Accepts the stored code and the common spellings people type in a spreadsheet.
    public init?(lenient text: String) {
        let key = text.lowercased().filter { $0.isLetter }
        switch key {
        case "regular", "regularfixedterm", "fixedterm", "rb", "regularbudget": self = .regular
        case "probation", "probationary": self = .probation
        case "technicalcooperation", "tc": self = .technicalCooperation
        default: return nil
        }
    }
}

/// Whether a staff member is still with the organisation. Separated staff keep their records
/// (appraisals must survive) but can no longer sign in.
public enum EmploymentStatus: String, CaseIterable, Codable, Sendable {
    case active
    case separated

    public var displayName: String { self == .active ? "Active" : "Separated" }
}
