import Foundation

/// A person as lists show them: name, job title, unit; with a profile link only when the
/// viewer may open the profile.
struct PersonSummary: Encodable {
    let name: String
    let jobTitle: String
    let unitName: String?
    let href: String?
    let isSeparated: Bool

    init(_ staff: StaffMember, unitName: String?, canOpen: Bool) {
        name = staff.name
        jobTitle = staff.jobTitle
        self.unitName = unitName
        href = canOpen ? staff.id.map { StridePath.staffMember.link($0) } : nil
        isSeparated = staff.status == .separated
    }
}
