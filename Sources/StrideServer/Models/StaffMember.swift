import Fluent
import Foundation
import StrideCore

/// A person who works for the organisation, whether or not they have signed in yet.
final class StaffMember: Model, @unchecked Sendable {
    static let schema = "staff_members"
    typealias IDValue = UUID

    // managed fields
    @ID(key: .id) var id: UUID?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    // data fields
    @Field(key: "staff_number") var staffNumber: String
    @Field(key: "name") var name: String
    @Field(key: "email") var email: String
    @Field(key: "grade") var grade: String
    @Field(key: "job_title") var jobTitle: String
    @Field(key: "entry_on_duty") var entryOnDuty: CalendarDate
    @Field(key: "contract_type") var contractType: ContractType
    @Field(key: "status") var status: EmploymentStatus
    @OptionalField(key: "contract_end") var contractEnd: CalendarDate?
    /// Counts saves, starting at 1; a form carries the version it was made from.
    @Field(key: "record_version") var recordVersion: Int
    /// Where this person stands under their supervisors (`TreePath`), kept by `SupervisionPaths`.
    @Field(key: "supervision_path") var supervisionPath: String

    // relationships
    @OptionalParent(key: "unit_id") var unit: OrganisationalUnit?
    @OptionalParent(key: "supervisor_id") var supervisor: StaffMember?
    /// The job role whose required skills the person's gaps are measured against.
    @OptionalParent(key: "role_profile_id") var roleProfile: RoleProfile?

    init() {}

    /// A new person, placed under `supervisor` in the supervision tree.
    init(id: UUID, details: StaffDetails, unitID: UUID?, supervisor: StaffMember?) {
        self.id = id
        recordVersion = 1
        apply(details)
        self.$unit.id = unitID
        place(under: supervisor)
    }

    /// Sets the supervisor and the path that follows from theirs. For someone already stored
    /// whose path changes, the people below them move too (`SupervisionPaths.move`).
    func place(under supervisor: StaffMember?) {
        $supervisor.id = supervisor?.id
        supervisionPath = TreePath(id!, under: supervisor?.treePath).text
    }

    /// The stored path; a row from before paths existed counts as a root until rebuilt.
    var treePath: TreePath { TreePath(stored: supervisionPath) ?? TreePath(id!) }

    func apply(_ details: StaffDetails) {
        staffNumber = details.staffNumber
        name = details.name
        email = details.email
        grade = details.grade
        jobTitle = details.jobTitle
        entryOnDuty = details.entryOnDuty
        contractType = details.contractType
        status = details.status
        contractEnd = details.contractEnd
    }

    var details: StaffDetails {
        StaffDetails(name: name, email: email, staffNumber: staffNumber, grade: grade, jobTitle: jobTitle,
                     entryOnDuty: entryOnDuty, contractType: contractType, status: status, contractEnd: contractEnd)
    }
}

extension StaffMember {
    /// The core value of this row, for rules and views.
    func record() throws -> StaffRecord {
        StaffRecord(id: try requireID(), details: details, unitID: $unit.id, supervisorID: $supervisor.id)
    }
}
