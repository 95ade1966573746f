import Fluent
import Foundation
import StrideCore

/// A level a person proposed for a skill (`SkillProposal`), and their manager's decision on it
/// (`SkillDecision`) once made.
final class SkillAssessmentRecord: Model, @unchecked Sendable {
    static let schema = "skill_assessments"
    typealias IDValue = UUID

    // managed fields
    @ID(key: .id) var id: UUID?
    @Field(key: "proposed_at") var proposedAt: Date
    @OptionalField(key: "decided_at") var decidedAt: Date?
    @OptionalField(key: "decided_by") var decidedBy: UUID?

    // data fields
    @Field(key: "level") var level: Int
    @Field(key: "evidence") var evidence: String
    /// The indicators ticked, as a JSON list of their texts.
    @Field(key: "indicators") var indicatorsJSON: String
    @Field(key: "status") var status: SkillAssessmentStatus
    @OptionalField(key: "decided_level") var decidedLevel: Int?
    @OptionalField(key: "comment") var comment: String?

    // relationships
    @Parent(key: "staff_member_id") var staffMember: StaffMember
    @Parent(key: "skill_id") var skill: SkillRecord

    init() {}
}
