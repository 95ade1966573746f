/// The official documents of a cycle (ILO PMF note §9): each phase's discussion ends in one.
public enum AppraisalFormKind: String, CaseIterable, Codable, Sendable {
    case beginning
    case midterm
    case end
    /// Probation's P2 only: the probationary report, 21 months into service.
    case probationReport = "probation_report"

    public var displayName: String {
        switch self {
        case .beginning: "Beginning of Cycle"
        case .midterm: "Mid-term Review"
        case .end: "End of Cycle"
        case .probationReport: "Probationary report"
        }
    }

    /// Whether a signed form of this kind goes on to the Reports Board: the Beginning and End
    /// of Cycle for everyone; for staff on probation also the Mid-term Review and the report.
    public func goesToReportsBoard(contract: ContractType) -> Bool {
        switch self {
        case .beginning, .end: true
        case .midterm, .probationReport: contract == .probation
        }
    }
}
