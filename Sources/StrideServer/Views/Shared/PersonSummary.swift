import Foundation
import StrideCore

/// A person as lists show them: name, job title, unit; with a profile link only when the
/// viewer may open the profile.
struct PersonSummary: Encodable {
    let name: String
    let jobTitle: String
    let unitName: String?
    let href: String?
    let isSeparated: Bool

    init(_ staff: StaffRecord, unitName: String?, canOpen: Bool) {
        name = staff.details.name
        jobTitle = staff.details.jobTitle
        self.unitName = unitName
        href = canOpen ? StridePath.staffMember(staff.id).href : nil
        isSeparated = staff.details.status == .separated
    }
}
