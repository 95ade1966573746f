import Fluent
import StrideCore
import Vapor

struct ImportStaffCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "file", help: "CSV file of staff (see README for the columns)")
        var file: String
    }

    var help: String { "Imports staff from a CSV file: all rows or none; re-importing updates." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        guard let data = FileManager.default.contents(atPath: signature.file) else {
            throw StrideError.badRequest("cannot read \(signature.file): no such file, or not readable")
        }
        guard let text = String(data: data, encoding: .utf8), !text.contains("\u{0}") else {
            throw StrideError.badRequest("\(signature.file) is not a UTF-8 text file")
        }
        try await app.migrateSchema()
        let console = context.console
        let outcome = try await StaffImporter.run(csv: text, in: app.serviceContext()) { done, total in
            console.print("Writing… \(done * 100 / max(total, 1))%")
        }
        switch outcome {
        case .rejected(let problems):
            for problem in problems { console.print("  \(problem)") }
            throw StrideError.badRequest("nothing was imported: \(counted(problems.count, "problem")) found (listed above)")
        case .imported(let created, let updated, let unchanged, let notices):
            for notice in notices { console.warning(notice) }
            console.info(StaffImporter.summary(created: created, updated: updated, unchanged: unchanged))
        }
    }
}
