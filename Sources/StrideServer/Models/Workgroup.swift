import Fluent
import Foundation
import StrideCore

/// A team formed to work on shared objectives: permanent, cross-functional, or a squad for an
/// outcome. People may belong to several.
final class Workgroup: Model, @unchecked Sendable {
    static let schema = "workgroups"
    typealias IDValue = UUID

    // managed fields
    @ID(key: .id) var id: UUID?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    // data fields
    @Field(key: "name") var name: String
    @Field(key: "kind") var kind: WorkgroupKind
    @Field(key: "purpose") var purpose: String
    @OptionalField(key: "start_date") var startDate: CalendarDate?
    @OptionalField(key: "end_date") var endDate: CalendarDate?
    /// Counts saves, starting at 1; a form carries the version it was made from.
    @Field(key: "record_version") var recordVersion: Int

    // relationships
    @Parent(key: "lead_id") var lead: StaffMember
    @Children(for: \.$workgroup) var memberships: [WorkgroupMembership]

    init() {}

    init(id: UUID? = nil, details: WorkgroupDetails, leadID: UUID) {
        self.id = id
        recordVersion = 1
        apply(details)
        self.$lead.id = leadID
    }

    func apply(_ details: WorkgroupDetails) {
        name = details.name
        kind = details.kind
        purpose = details.purpose
        startDate = details.startDate
        endDate = details.endDate
    }

    var details: WorkgroupDetails {
        WorkgroupDetails(name: name, kind: kind, purpose: purpose, startDate: startDate, endDate: endDate)
    }
}

/// A person's membership of a workgroup, with their role in it.
final class WorkgroupMembership: Model, @unchecked Sendable {
    static let schema = "workgroup_memberships"
    typealias IDValue = UUID

    // managed fields
    @ID(key: .id) var id: UUID?
    @Timestamp(key: "joined_at", on: .create) var joinedAt: Date?

    // data fields
    @Field(key: "role") var role: String

    // relationships
    @Parent(key: "workgroup_id") var workgroup: Workgroup
    @Parent(key: "staff_member_id") var staffMember: StaffMember

    init() {}

    init(workgroupID: UUID, staffMemberID: UUID, role: String) {
        self.$workgroup.id = workgroupID
        self.$staffMember.id = staffMemberID
        self.role = role
    }
}

extension Workgroup {
    /// The core value of this row, for rules and views.
    func record() throws -> WorkgroupRecord {
        WorkgroupRecord(id: try requireID(), details: details, leadID: $lead.id)
    }
}
