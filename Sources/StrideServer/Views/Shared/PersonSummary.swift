import Foundation
import StrideCore

/// A person as lists show them: name, job title, unit; with a profile link only when the
/// viewer may open the profile.
struct PersonSummary: Encodable {
    let name: String
    let jobTitle: String
    let unitName: String?
    let href: String?
    /// Whether `href` is set: a Bool, which Leaf tests without converting.
    let canOpen: Bool
    let isSeparated: Bool

    init(_ staff: StaffRecord, unitName: String?, canOpen: Bool) {
        name = staff.details.name
        jobTitle = staff.details.jobTitle
        self.unitName = unitName
        href = canOpen ? StridePath.staffMember(staff.id).href : nil
        self.canOpen = canOpen
        isSeparated = staff.details.status == .separated
    }

    init(_ person: StaffRows.Person, canOpen: Bool, showUnit: Bool = true) {
        name = person.name
        jobTitle = person.job_title
        unitName = showUnit ? person.unit_name : nil
        href = canOpen ? StridePath.staffMember(person.id).href : nil
        self.canOpen = canOpen
        isSeparated = person.status == .separated
    }
}
