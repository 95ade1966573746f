/// The kinds of workgroup SFIA's performance-management skill names: "permanent/business-as-usual
/// teams, cross-functional teams, squads or workgroups formed to deliver a specific outcome".
public enum WorkgroupKind: String, CaseIterable, Codable, Sendable {
    case permanentTeam = "permanent_team"
    case crossFunctionalTeam = "cross_functional_team"
    case outcomeSquad = "outcome_squad"

    public var displayName: String {
        switch self {
        case .permanentTeam: "Permanent team"
        case .crossFunctionalTeam: "Cross-functional team"
        case .outcomeSquad: "Squad formed for an outcome"
        }
    }
}
