import Fluent
import Foundation
import StrideCore

/// The organisation's own frameworks, written in Stride: starting one with its scale, adding and
/// changing competencies, removing unused ones, starting a new version. Each save is a new
/// revision of the framework, as a re-import is, with its audit event. A framework that
/// assessments or requirements use is never changed under them (`FrameworkChangeRules`).
/// Frameworks imported from SFIA or AXELOS are kept as published: a new version is imported.
enum FrameworkEditor {
    /// Starts a framework with its scale and no competencies yet.
    static func create(_ input: NewFrameworkInput, in context: ServiceContext) async throws -> Result<UUID, FieldErrors> {
        let validated = input.validate(now: context.now)
        guard let framework = validated.value else { return .failure(FieldErrors(validated.errors)) }
        // Checked where the write happens: the store would merge two frameworks of one name and version.
        return try await context.exclusiveTransaction(lock: .frameworks) { context in
            if try await FrameworkStore.find(framework.identity, on: context.db) != nil {
                return .failure(FieldErrors([FieldError("version", "\(framework.name) \(framework.version) already exists: choose another version")]))
            }
            let saved = try await FrameworkStore.save(framework, summary: "Created \(framework.name) \(framework.version) with a scale of "
                                                      + counted(framework.levelScale.levels.count, "level"), action: .create, in: context)
            return .success(saved.id)
        }
    }

    /// Adds a competency (`skillID` nil) or changes one, keeping its id through any rename.
    static func saveCompetency(_ input: CompetencyInput, skillID: UUID?, in frameworkID: UUID,
                               context: ServiceContext) async throws -> Result<UUID, FieldErrors> {
        try await context.transaction { context in
            let (loaded, _) = try await editable(frameworkID, on: context.db)
            var framework = loaded.framework
            let index = try skillID.map { id in
                guard let index = loaded.skillIDs.firstIndex(of: id) else { throw StrideError.notFound("The competency") }
                return index
            }
            let others = framework.skills.enumerated().filter { $0.offset != index }.map(\.element)
            let validated = input.validate(scale: framework.levelScale.numbers, existing: others,
                                           base: index.map { framework.skills[$0] })
            guard let skill = validated.value else { return .failure(FieldErrors(validated.errors)) }
            if let index, let skillID {
                let use = try await SkillUsageQuery.use(inFramework: frameworkID, on: context.db)[skillID] ?? SkillInUse()
                let problems = FrameworkChangeRules.problems(name: framework.skills[index].name, after: skill, use: use)
                guard problems.isEmpty else { return .failure(FieldErrors(problems)) }
            }
            framework = framework.replacing(index, with: skill)
            let ids = loaded.skillIDs.map(Optional.some) + (index == nil ? [nil] : [])
            let saved = try await FrameworkStore.save(framework, ids: ids, summary: "\(index == nil ? "Added" : "Changed") the competency "
                                                      + "\(skill.name) in \(framework.name) \(framework.version)", action: .update, in: context)
            guard let stored = try await FrameworkStore.load(saved.id, on: context.db)?.skillIDs[index ?? framework.skills.count - 1] else {
                throw StrideError.notFound("The competency")
            }
            return .success(stored)
        }
    }

    /// Removes a competency nothing uses.
    static func removeCompetency(_ skillID: UUID, from frameworkID: UUID, in context: ServiceContext) async throws -> Result<String, FieldErrors> {
        try await context.transaction { context in
            let (loaded, _) = try await editable(frameworkID, on: context.db)
            guard let index = loaded.skillIDs.firstIndex(of: skillID) else { throw StrideError.notFound("The competency") }
            var framework = loaded.framework
            let name = framework.skills[index].name
            let use = try await SkillUsageQuery.useBeforeRemoving(skillID, from: try await SkillUsageQuery.use(inFramework: frameworkID,
                                                                                                         on: context.db), on: context.db)
            let problems = FrameworkChangeRules.problems(name: name, after: nil, use: use)
            guard problems.isEmpty else { return .failure(FieldErrors(problems)) }
            framework.skills.remove(at: index)
            var ids = loaded.skillIDs.map(Optional.some)
            ids.remove(at: index)
            _ = try await FrameworkStore.save(framework, ids: ids, summary: "Removed the competency \(name) from \(framework.name) "
                                              + framework.version, action: .update, in: context)
            return .success(name)
        }
    }

    /// A copy of the framework as a new version, used by nothing yet: where a change of its
    /// structure is made once the old version is in use.
    static func newVersion(of frameworkID: UUID, version: String?, in context: ServiceContext) async throws -> Result<UUID, FieldErrors> {
        let (loaded, _) = try await editable(frameworkID, on: context.db)
        var framework = loaded.framework
        var check = FieldChecker()
        framework.version = check.required("version", version, name: "Version", missing: "Enter the new version, like 2028", maxLength: 40)
        guard check.errors.isEmpty else { return .failure(FieldErrors(check.errors)) }
        framework.source = FrameworkSource(fileName: nil, format: .json, importedAt: context.now)
        let copy = framework
        return try await context.exclusiveTransaction(lock: .frameworks) { context in
            if try await FrameworkStore.find(copy.identity, on: context.db) != nil {
                return .failure(FieldErrors([FieldError("version", "\(copy.name) \(copy.version) already exists: choose another version")]))
            }
            let saved = try await FrameworkStore.save(copy, summary: "Started \(copy.name) \(copy.version) from version "
                                                      + loaded.framework.version, action: .create, in: context)
            return .success(saved.id)
        }
    }

    /// The framework, if Stride's editor may change it.
    static func editable(_ frameworkID: UUID, on db: any Database) async throws -> (FrameworkStore.Loaded, FrameworkRecord) {
        guard let record = try await FrameworkRecord.find(frameworkID, on: db),
              let loaded = try await FrameworkStore.load(frameworkID, on: db) else { throw StrideError.notFound("The framework") }
        guard isEditable(record) else {
            throw StrideError.conflict("\(record.name) \(record.version) was imported from \(record.sourceFormat.displayName) and is kept "
                                       + "as published: import its next version instead.")
        }
        return (loaded, record)
    }

    /// Frameworks kept in Stride's own format (written in the editor, or imported as Stride JSON).
    static func isEditable(_ record: FrameworkRecord) -> Bool { record.sourceFormat == .json }
}
