import Fluent
import Foundation
import StrideCore

/// A stored skills framework. The framework itself is `StrideCore.SkillsFramework`; these
/// records are its rows, turned back into the value type by `FrameworkStore`.
final class FrameworkRecord: Model, @unchecked Sendable {
    static let schema = "skills_frameworks"
    typealias IDValue = UUID

    // managed fields
    @ID(key: .id) var id: UUID?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    // data fields
    @Field(key: "name") var name: String
    @Field(key: "version") var version: String
    @Field(key: "name_key") var nameKey: String
    @Field(key: "version_key") var versionKey: String
    @Field(key: "publisher") var publisher: String
    @OptionalField(key: "source_file_name") var sourceFileName: String?
    @Field(key: "source_format") var sourceFormat: FrameworkFormat
    @Field(key: "imported_at") var importedAt: Date
    /// Counts saves (imports), starting at 1, so a confirm made from a stale review is refused.
    @Field(key: "record_version") var recordVersion: Int
    /// Whether its skills are the competencies appraisals choose from (one framework at most).
    @Field(key: "is_competency_framework") var isCompetencyFramework: Bool

    init() {}
}

/// One level of a framework's responsibility scale (SFIA 1–7, AXELOS 1–5).
final class FrameworkLevelRecord: Model, @unchecked Sendable {
    static let schema = "framework_levels"
    typealias IDValue = UUID

    @ID(key: .id) var id: UUID?
    @Parent(key: "framework_id") var framework: FrameworkRecord
    @Field(key: "number") var number: Int
    @Field(key: "name") var name: String
    @OptionalField(key: "descriptor") var descriptor: String?

    init() {}

    init(id: UUID, frameworkID: UUID, level: ScaleLevel) {
        self.id = id
        $framework.id = frameworkID
        number = level.number
        name = level.name
        descriptor = level.descriptor
    }
}

final class SkillCategoryRecord: Model, @unchecked Sendable {
    static let schema = "skill_categories"
    typealias IDValue = UUID

    @ID(key: .id) var id: UUID?
    @Parent(key: "framework_id") var framework: FrameworkRecord
    @Field(key: "name") var name: String
    @Field(key: "subcategories") var subcategoriesJSON: String
    @Field(key: "position") var position: Int

    init() {}

    init(id: UUID, frameworkID: UUID, category: SkillCategory, position: Int) {
        self.id = id
        $framework.id = frameworkID
        name = category.name
        subcategoriesJSON = JSONList.encode(category.subcategories)
        self.position = position
    }
}

final class SkillRecord: Model, @unchecked Sendable {
    static let schema = "skills"
    typealias IDValue = UUID

    // managed fields
    @ID(key: .id) var id: UUID?

    // data fields
    @OptionalField(key: "code") var code: String?
    @Field(key: "name") var name: String
    @Field(key: "category") var category: String
    @OptionalField(key: "subcategory") var subcategory: String?
    @Field(key: "description") var description: String
    @OptionalField(key: "summary_description") var summaryDescription: String?
    @Field(key: "guidance_notes") var guidanceNotesJSON: String
    @Field(key: "activities") var activitiesJSON: String
    @Field(key: "position") var position: Int

    // relationships
    @Parent(key: "framework_id") var framework: FrameworkRecord

    init() {}

    func apply(_ skill: Skill, position: Int) {
        code = skill.code
        name = skill.name
        category = skill.category
        subcategory = skill.subcategory
        description = skill.description
        summaryDescription = skill.summaryDescription
        guidanceNotesJSON = JSONList.encode(skill.guidanceNotes)
        activitiesJSON = JSONList.encode(skill.activities)
        self.position = position
    }
}

final class SkillLevelRecord: Model, @unchecked Sendable {
    static let schema = "skill_levels"
    typealias IDValue = UUID

    @ID(key: .id) var id: UUID?
    @Parent(key: "skill_id") var skill: SkillRecord
    @Field(key: "framework_id") var frameworkID: UUID
    @Field(key: "number") var number: Int
    @Field(key: "defined") var defined: Bool
    @OptionalField(key: "summary") var summary: String?
    @OptionalField(key: "note") var note: String?

    init() {}

    init(id: UUID, skillID: UUID, frameworkID: UUID, level: SkillLevel) {
        self.id = id
        $skill.id = skillID
        self.frameworkID = frameworkID
        number = level.number
        defined = level.isDefined
        summary = level.summary
        note = level.note
    }
}

final class SkillIndicatorRecord: Model, @unchecked Sendable {
    static let schema = "skill_level_indicators"
    typealias IDValue = UUID

    @ID(key: .id) var id: UUID?
    @Parent(key: "skill_level_id") var level: SkillLevelRecord
    @Field(key: "framework_id") var frameworkID: UUID
    @Field(key: "position") var position: Int
    @Field(key: "text") var text: String

    init() {}

    init(id: UUID, levelID: UUID, frameworkID: UUID, position: Int, text: String) {
        self.id = id
        $level.id = levelID
        self.frameworkID = frameworkID
        self.position = position
        self.text = text
    }
}

/// An uploaded framework document waiting for HR to confirm its import.
final class PendingFrameworkImport: Model, @unchecked Sendable {
    static let schema = "pending_framework_imports"
    typealias IDValue = UUID

    @ID(key: .id) var id: UUID?
    @Field(key: "uploaded_by_id") var uploadedByID: UUID
    @Field(key: "created_at") var createdAt: Date
    @OptionalField(key: "file_name") var fileName: String?
    @OptionalField(key: "format") var format: FrameworkFormat?
    @OptionalField(key: "framework_name") var frameworkName: String?
    @OptionalField(key: "framework_version") var frameworkVersion: String?
    @Field(key: "content") var content: String

    init() {}
}

/// Lists of paragraphs stored as a JSON array in one text column: they are always read and
/// written whole, with their skill, and never searched item by item.
enum JSONList {
    static func encode(_ items: [String]) -> String {
        (try? String(decoding: JSONEncoder().encode(items), as: UTF8.self)) ?? "[]"
    }

    static func decode(_ text: String) -> [String] {
        (try? JSONDecoder().decode([String].self, from: Data(text.utf8))) ?? []
    }
}
