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
    /// Counts saves, starting at 1; a form carries the version it was made from.
    @Field(key: "record_version") var recordVersion: Int

    // relationships
    @OptionalParent(key: "unit_id") var unit: OrganisationalUnit?
    @OptionalParent(key: "supervisor_id") var supervisor: StaffMember?

    init() {}

    init(id: UUID? = nil, details: StaffDetails, unitID: UUID?, supervisorID: UUID?) {
        self.id = id
        recordVersion = 1
        apply(details)
        self.$unit.id = unitID
        self.$supervisor.id = supervisorID
    }

    func apply(_ details: StaffDetails) {
        staffNumber = details.staffNumber
        name = details.name
        email = details.email
        grade = details.grade
        jobTitle = details.jobTitle
        entryOnDuty = details.entryOnDuty
        contractType = details.contractType
        status = details.status
    }

    var details: StaffDetails {
        StaffDetails(name: name, email: email, staffNumber: staffNumber, grade: grade, jobTitle: jobTitle,
                     entryOnDuty: entryOnDuty, contractType: contractType, status: status)
    }
}

extension StaffMember {
    /// The core value of this row, for rules and views.
    func record() throws -> StaffRecord {
        StaffRecord(id: try requireID(), details: details, unitID: $unit.id, supervisorID: $supervisor.id)
    }
}
