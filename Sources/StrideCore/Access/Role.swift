/// What a person can be in Stride. Everyone is a staff member; manager and responsible chief
/// follow from the organisation (having reports, heading a unit); the other roles are granted
/// by an HR administrator.
public enum Role: String, CaseIterable, Codable, Sendable, Comparable {
    case staffMember = "staff_member"
    case manager = "manager"
    case responsibleChief = "responsible_chief"
    case reportsBoardMember = "reports_board_member"
    case hrAdministrator = "hr_administrator"

    /// Roles that are stored as grants rather than derived from the organisation.
    public static let grantable: [Role] = [.reportsBoardMember, .hrAdministrator]

    public var isGrantable: Bool { Role.grantable.contains(self) }

    public var displayName: String {
        switch self {
        case .staffMember: "Staff member"
        case .manager: "Manager"
        case .responsibleChief: "Responsible chief"
        case .reportsBoardMember: "Reports Board member"
        case .hrAdministrator: "HR administrator"
        }
    }

    public static func < (lhs: Role, rhs: Role) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
