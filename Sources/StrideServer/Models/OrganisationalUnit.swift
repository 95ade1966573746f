import Fluent
import Foundation
import StrideCore

/// A department, branch or unit. Units form a tree; each may have a responsible chief.
final class OrganisationalUnit: Model, @unchecked Sendable {
    static let schema = "organisational_units"
    typealias IDValue = UUID

    // managed fields
    @ID(key: .id) var id: UUID?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    // data fields
    @Field(key: "name") var name: String
    @Field(key: "code") var code: String
    /// Counts saves, starting at 1; a form carries the version it was made from.
    @Field(key: "record_version") var recordVersion: Int

    // relationships
    @OptionalParent(key: "parent_id") var parent: OrganisationalUnit?
    @OptionalField(key: "chief_id") var chiefID: UUID?

    init() {}

    init(id: UUID? = nil, name: String, code: String, parentID: UUID? = nil, chiefID: UUID? = nil) {
        self.id = id
        recordVersion = 1
        self.name = name
        self.code = code
        self.$parent.id = parentID
        self.chiefID = chiefID
    }
}

extension OrganisationalUnit {
    var details: UnitDetails { UnitDetails(name: name, code: code) }

    /// The core value of this row, for rules and views.
    func record() throws -> UnitRecord {
        UnitRecord(id: try requireID(), details: details, parentID: $parent.id, chiefID: chiefID)
    }
}
