import Fluent
import Foundation
import StrideCore
import Vapor

/// One path for every way a framework document comes in (page upload, API, command): parse
/// with the pure importers, time it, and, unless it is a dry run, store it. SFIA is published
/// a skill per page, so an SFIA page adds its skill to a framework already stored under the
/// same name and version instead of replacing the framework.
enum FrameworkImports {
    struct Document: Sendable {
        var text: String
        var fileName: String?
        /// nil: detect from the text.
        var format: FrameworkFormat?
        var name: String?
        var version: String?
    }

    struct Outcome {
        let framework: SkillsFramework
        let report: FrameworkImportReport
        /// nil for a dry run.
        let saved: FrameworkStore.Saved?
    }

    /// Parses the document and reports what it holds, writing nothing.
    static func parse(_ document: Document, at now: Date) throws -> (SkillsFramework, FrameworkImportReport) {
        // SFIA pages often name no version; "sfia-pemt-v9.txt" does, in its file name.
        var version = blankToNil(document.version)
        var source = VersionSource.givenWithImport
        let format = document.format ?? FrameworkFormatDetector.detect(text: document.text, fileName: document.fileName)
        if version == nil, format == .sfia, let fileName = document.fileName {
            version = SFIAPageImporter.versionHint(fromFileName: fileName)
            source = .fileName(fileName)
        }
        let options = FrameworkImportOptions(importedAt: now, fileName: document.fileName, version: version,
                                             versionSource: source, frameworkName: blankToNil(document.name))
        let clock = ContinuousClock()
        let started = clock.now
        var (framework, report) = try FrameworkImporter.importFramework(text: document.text, format: format, options: options)
        report.elapsed = clock.now - started
        return (framework, report)
    }

    /// - Parameter beforeSaving: runs inside the saving transaction, first, with the identity
    ///   of the framework about to be saved; throwing there
    ///   (say, because a pending upload was already confirmed) writes nothing.
    static func run(
        _ document: Document, dryRun: Bool, in context: ServiceContext,
        beforeSaving: @escaping @Sendable (any Database, FrameworkIdentity) async throws -> Void = { _, _ in }
    ) async throws -> Outcome {
        let now = context.now
        let clock = ContinuousClock()
        let started = clock.now
        let (parsed, parsedReport) = try parse(document, at: now)
        var report = parsedReport
        // Merging reads the stored framework, so it happens in the same transaction as the
        // save: two SFIA pages imported at once cannot each merge into a stale copy.
        let (framework, saved) = try await context.transaction { context -> (SkillsFramework, FrameworkStore.Saved?) in
            let db = context.db
            var framework = parsed
            if framework.source.format == .sfia, let existing = try await FrameworkStore.find(framework.identity, on: db),
               let stored = try await FrameworkStore.load(try existing.requireID(), on: db) {
                framework = try stored.framework.merging(framework)
                try framework.validate()
            }
            guard !dryRun else { return (framework, nil) }
            try await beforeSaving(db, framework.identity)
            return (framework, try await FrameworkStore.save(framework, in: context))
        }
        // The time from text to committed rows, as the report promises.
        report.elapsed = clock.now - started
        return Outcome(framework: framework, report: report, saved: saved)
    }

    /// A format named by a caller (`--format`, `?format=`): nil when none was named.
    static func requestedFormat(_ raw: String?) throws -> FrameworkFormat? {
        guard let raw else { return nil }
        guard let format = FrameworkFormat(rawValue: raw.lowercased()), format != .unknown else {
            throw StrideError.badRequest("format: must be sfia, axelos or json")
        }
        return format
    }

    private static func blankToNil(_ text: String?) -> String? {
        guard let text = text?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty else { return nil }
        return text
    }

    /// Keeps an uploaded document until its uploader confirms it (removing uploads never
    /// confirmed), and returns its id.
    static func stage(_ document: Document, in context: ServiceContext) async throws -> UUID {
        guard let uploader = context.actor else { throw StrideError.notSignedIn }
        let pending = PendingFrameworkImport()
        pending.id = context.newID()
        pending.uploadedByID = uploader
        pending.createdAt = context.now
        pending.fileName = document.fileName
        pending.format = document.format
        pending.frameworkName = document.name
        pending.frameworkVersion = document.version
        pending.content = document.text
        let cutoff = context.now.addingTimeInterval(-pendingLifetime)
        try await context.transaction { context in
            try await PendingFrameworkImport.query(on: context.db).filter(\.$createdAt < cutoff).delete()
            try await pending.create(on: context.db)
        }
        return try pending.requireID()
    }

    /// Uploads never confirmed are removed after this long.
    static let pendingLifetime: TimeInterval = 24 * 3600

    /// Imports a staged upload, claiming it in the same transaction: a second confirm (another
    /// tab, a double click) finds it gone and saves nothing.
    /// - Parameter reviewedAgainst: the stored framework's version the person's report was
    ///   made against (0: none stored); if another import has landed since, the report no
    ///   longer says what this one will do, so it is refused.
    static func confirm(_ pending: PendingFrameworkImport, reviewedAgainst: Int?, in context: ServiceContext) async throws -> Outcome {
        let pendingID = try pending.requireID()
        return try await run(pending.document, dryRun: false, in: context) { db, identity in
            guard try await PendingFrameworkImport.find(pendingID, on: db) != nil else {
                throw StrideError.notFound(PendingFrameworkImportPolicy.missing)
            }
            if let reviewedAgainst, (try await FrameworkStore.find(identity, on: db)?.recordVersion ?? 0) != reviewedAgainst {
                throw StrideError.conflict("This framework was imported again since you checked the report. Go back to the report, reload it and confirm again.")
            }
            try await PendingFrameworkImport.query(on: db).filter(\.$id == pendingID).delete()
        }
    }
}

extension PendingFrameworkImport {
    var document: FrameworkImports.Document {
        .init(text: content, fileName: fileName, format: format, name: frameworkName, version: frameworkVersion)
    }
}
