import Fluent
import StrideCore
import Vapor

/// `stride import-framework FILE [--format sfia|axelos|json] [--name N] [--version V] [--dry-run]`
struct ImportFrameworkCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "file", help: "The framework document")
        var file: String
        @Option(name: "format", help: "sfia, axelos or json (detected when left out)")
        var format: String?
        @Option(name: "name", help: "The framework's name, when the document does not give the one you want")
        var name: String?
        @Option(name: "version", help: "The framework's version, when the document does not state one")
        var version: String?
        @Flag(name: "dry-run", help: "Read the document and print the report without writing anything")
        var dryRun: Bool
    }

    var help: String { "Imports a skills framework document (SFIA skill page, AXELOS document or Stride JSON) and prints the report." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        let format = try FrameworkImports.requestedFormat(signature.format)
        guard let data = FileManager.default.contents(atPath: signature.file) else {
            throw StrideError.badRequest("cannot read \(signature.file): no such file, or not readable")
        }
        try await app.migrateSchema()
        let document = FrameworkImports.Document(
            text: try FrameworkText.decode(data), fileName: URL(fileURLWithPath: signature.file).lastPathComponent,
            format: format, name: signature.name, version: signature.version)
        let outcome = try await FrameworkImports.run(document, dryRun: signature.dryRun, in: app.serviceContext())
        for line in FrameworkReportView(framework: outcome.framework, report: outcome.report).lines { context.console.print(line) }
        if let saved = outcome.saved {
            context.console.info("\(saved.created ? "Imported" : "Updated") \(outcome.framework.name) \(outcome.framework.version).")
        } else {
            context.console.info("Dry run: nothing was written.")
        }
    }
}

/// `stride export-framework NAME [--version V] [--output FILE]`
struct ExportFrameworkCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "name", help: "The framework's name")
        var name: String
        @Option(name: "version", help: "Which version, when several are stored")
        var version: String?
        @Option(name: "output", help: "Write to this file instead of standard output")
        var output: String?
    }

    var help: String { "Writes a stored framework as Stride's canonical framework JSON." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        try await app.migrateSchema()
        let nameKey = FrameworkIdentity(name: signature.name, version: "").nameKey
        var query = FrameworkRecord.query(on: app.db).filter(\.$nameKey == nameKey)
        if let version = signature.version {
            query = query.filter(\.$versionKey == FrameworkIdentity(name: "", version: version).versionKey)
        }
        let matches = try await query.all()
        guard let record = matches.first else { throw StrideError.notFound("A framework called \(signature.name)\(signature.version.map { " version \($0)" } ?? "")") }
        guard matches.count == 1 else {
            throw StrideError.badRequest("\(signature.name) has several versions (\(matches.map(\.version).sorted().joined(separator: ", "))); pass --version")
        }
        guard let loaded = try await FrameworkStore.load(try record.requireID(), on: app.db) else { throw StrideError.notFound("The framework") }
        let json = try FrameworkJSON.encode(loaded.framework)
        if let output = signature.output {
            try json.write(to: URL(fileURLWithPath: output))
            context.console.info("Wrote \(output).")
        } else {
            // The canonical JSON ends with its own newline.
            FileHandle.standardOutput.write(json)
        }
    }
}

/// `stride frameworks`
struct ListFrameworksCommand: AsyncCommand {
    struct Signature: CommandSignature {}
    var help: String { "Lists the stored skills frameworks with their version and counts." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        try await app.migrateSchema()
        let summaries = try await FrameworkQueries.summaries(on: app.db)
        if summaries.isEmpty { context.console.print("No frameworks are stored.") }
        for row in summaries {
            context.console.print("\(row.name) \(row.version) (\(row.publisher)): \(row.skills) skills, \(row.definedLevels) defined levels, \(row.indicators) indicators")
        }
    }
}
