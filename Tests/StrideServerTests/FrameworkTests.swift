import Fluent
@testable import StrideServer
import StrideCore
import Testing
import VaporTesting

extension ServerTests {
    @Suite struct FrameworkTests {
        /// The AXELOS document as the pure importer reads it, at the tests' fixed "now".
        static func axelos() throws -> SkillsFramework {
            try FrameworkImporter.importFramework(text: Seeds.axelos, options: FrameworkImportOptions(importedAt: testNow)).0
        }

        @Test func hrUploadsReadsTheReportThenConfirms() async throws {
            try await withStrideApp { app, _ in
                let org = try await Org.seed(app)
                let hr = try await Browser.signedIn(app, as: org.hr)
                try await hr.get(.importFramework)
                // MUT: upload, then the report, then confirm
                let upload = try await hr.upload(.importFramework, field: "file", filename: "axelos-skills-framework.md",
                                                 content: try Seeds.axelos)
                #expect(upload.status == .seeOther)
                #expect(try await FrameworkRecord.query(on: app.db).count() == 0)   // nothing stored before confirming
                let review = try await hr.get(upload.location!)
                #expect(review.status == .ok)
                for text in ["Check the import", "Project Portfolio Management", "<strong>57</strong>", "<strong>603</strong>",
                             "Everything in the document was placed."] {
                    #expect(review.body.string.contains(text), "\(text)")
                }
                // How long the dry run took, as "12.3 ms" in the "Read in" row.
                #expect(review.body.string.firstMatch(of: /Read in<\/dt><dd class="st-summary-list__value">\d+\.\d ms</) != nil)
                // Another HR administrator cannot see or confirm someone else's upload.
                try await RoleGrant(staffMemberID: org.chief.id!, role: .hrAdministrator, grantedByID: nil).create(on: app.db)
                let otherHR = try await Browser.signedIn(app, as: org.chief)
                #expect(try await otherHR.get(upload.location!).status == .notFound)
                #expect(try await otherHR.post(upload.location!).status == .notFound)
                let confirmed = try await hr.post(upload.location!)
                #expect(confirmed.status == .seeOther)
                // validate
                #expect(try await SkillRecord.query(on: app.db).count() == 57)
                #expect(try await SkillIndicatorRecord.query(on: app.db).count() == 603)
                #expect(try await SkillLevelRecord.query(on: app.db).filter(\.$defined == true).count() == 176)
                #expect(try await PendingFrameworkImport.query(on: app.db).count() == 0)
                let page = try await hr.get(confirmed.location!)
                #expect(page.body.string.contains("<h1 class=\"st-heading-l\">AXELOS Skills Framework</h1>"))
                #expect(page.body.string.contains("57 skills"))
                #expect(try await hr.post(upload.location!).status == .notFound)   // confirming twice does nothing
                #expect(try await AuditEvent.query(on: app.db).filter(\.$kind == .skillsFramework).count() == 1)
            }
        }

        @Test func aLargeUploadThroughARealServerPassesTheFormTokenCheck() async throws {
            try await withStrideApp { app, _ in
                let org = try await Org.seed(app)
                let hr = try await Browser.signedIn(app, as: org.hr)
                try await hr.get(.importFramework)
                // The AXELOS document is far larger than the body Vapor collects before middleware runs.
                let response = try await hr.upload(.importFramework, field: "file", filename: "axelos.md",
                                                   content: try Seeds.axelos, live: true)
                // The live client follows the redirect to the staged upload's report.
                #expect(response.status == .ok)
                #expect(response.body.string.contains("Check the import"))
                #expect(try await PendingFrameworkImport.query(on: app.db).count() == 1)
            }
        }

        @Test func staffCannotImportButCanRead() async throws {
            try await withStrideApp { app, _ in
                let org = try await Org.seed(app)
                let saved = try await FrameworkStore.save(try Self.axelos(), in: app.serviceContext())
                let staff = try await Browser.signedIn(app, as: org.report)
                #expect(try await staff.get(.importFramework).status == .forbidden)
                let upload = try await staff.upload(.importFramework, field: "file", filename: "s.txt", content: try Seeds.sfia)
                #expect(upload.status == .forbidden)
                let api = try await staff.postBody("/api/v1/frameworks?version=9", try Seeds.sfia)
                #expect(api.status == .forbidden)
                #expect(api.headers.contentType == Problem.mediaType)
                #expect(try await FrameworkRecord.query(on: app.db).count() == 1)
                #expect(try await staff.get(.frameworks).body.string.contains("57"))
                #expect(try await staff.get(.framework(saved.id)).status == .ok)
                #expect(try await Browser(app).get("/api/v1/frameworks").status == .unauthorized)
            }
        }

        @Test func badDocumentsGetAClearMessageAndWriteNothing() async throws {
            try await withStrideApp { app, _ in
                let org = try await Org.seed(app)
                let hr = try await Browser.signedIn(app, as: org.hr)
                try await hr.get(.importFramework)
                let cases: [(String, String, String)] = [
                    ("empty.md", "", "Select a framework document to import"),
                    ("notes.txt", "Minutes of the staff meeting.\nNothing about skills here.", "format"),
                    ("binary.bin", "PK\u{0}\u{3}\u{4}garbage", "binary"),
                    ("cut.md", String(try Seeds.axelos.prefix(9000)), "truncated"),
                    ("pemt.txt", try Seeds.sfia, "version"),
                ]
                for (name, content, expected) in cases {
                    let response = try await hr.upload(.importFramework, field: "file", filename: name, content: content)
                    #expect(response.status == .unprocessableEntity, "\(name)")
                    #expect(response.body.string.lowercased().contains(expected.lowercased()), "\(name): \(expected)")
                    #expect(response.body.string.contains("There is a problem"), "\(name)")
                }
                #expect(try await PendingFrameworkImport.query(on: app.db).count() == 0)
                #expect(try await FrameworkRecord.query(on: app.db).count() == 0)
                let badFormat = try await hr.post(.importFramework, ["format": "docx"])
                #expect(badFormat.status == .unprocessableEntity)
                #expect(badFormat.body.string.contains("Select a framework document to import"))
            }
        }

        @Test func aSkillPageShowsEveryIndicatorAndUndefinedLevels() async throws {
            try await withStrideApp { app, _ in
                let org = try await Org.seed(app)
                let framework = try Self.axelos()
                let saved = try await FrameworkStore.save(framework, in: app.serviceContext())
                let browser = try await Browser.signedIn(app, as: org.report)
                let skills = try await SkillRecord.query(on: app.db).filter(\.$framework.$id == saved.id).sort(\.$position).all()
                for (skill, record) in zip(framework.skills, skills).prefix(8) {
                    let page = try await browser.get(.skill(framework: saved.id, skill: record.id!))
                    #expect(page.status == .ok)
                    let html = page.body.string
                    for level in skill.levels {
                        for indicator in level.indicators {
                            #expect(html.contains(Self.escaped(indicator)), "\(skill.name) level \(level.number): \(indicator)")
                        }
                    }
                    let undefined = skill.levels.filter { !$0.isDefined }.count
                    #expect(html.components(separatedBy: "This skill is not defined at this level.").count - 1 == undefined, "\(skill.name)")
                }
                #expect(try await browser.get(.skill(framework: saved.id, skill: UUID())).status == .notFound)
                // The filter works without JavaScript: a GET with ?q=.
                let filtered = try await browser.get("/frameworks/\(saved.id)?q=risk")
                #expect(filtered.body.string.contains("Project risk management"))
                #expect(!filtered.body.string.contains("Business case development"))
            }
        }

        static func escaped(_ text: String) -> String {
            text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
                .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
                .replacingOccurrences(of: "'", with: "&#39;")
        }

        @Test func storageIsLosslessAndTheAPIServesCanonicalJSON() async throws {
            try await withStrideApp { app, _ in
                let org = try await Org.seed(app)
                let framework = try Self.axelos()
                let saved = try await FrameworkStore.save(framework, in: app.serviceContext())
                #expect(try await FrameworkStore.load(saved.id, on: app.db)?.framework == framework)
                let browser = try await Browser.signedIn(app, as: org.other)
                let json = try await browser.get(.apiFramework(saved.id))
                #expect(json.status == .ok)
                // The API writes the canonical JSON value with the same layout; only the file's
                // final newline is the export's own.
                let canonical = try FrameworkJSON.encodeString(framework)
                #expect(json.body.string + "\n" == canonical)
                let download = try await browser.get(.frameworkExport(saved.id))
                #expect(download.headers.first(name: .contentDisposition)?.contains("attachment") == true)
                #expect(download.body.string == canonical)
                #expect(try await browser.get(.frameworks).body.string.contains("href=\"/frameworks/\(saved.id.uuidString.lowercased())\""))
                let list = try await browser.get("/api/v1/frameworks")
                #expect(list.body.string.contains("\"skills\" : 57"))
                #expect(try await browser.get(.apiFramework(UUID())).status == .notFound)
            }
        }

        @Test func apiImportsUpsertsAndBuildsSFIAPageByPage() async throws {
            try await withStrideApp { app, _ in
                let org = try await Org.seed(app)
                let hr = try await Browser.signedIn(app, as: org.hr)
                let dry = try await hr.postBody("/api/v1/frameworks?dryRun=true", try Seeds.axelos)
                #expect(dry.status == .ok)
                #expect(dry.body.string.contains("\"dryRun\" : true"))
                #expect(try await FrameworkRecord.query(on: app.db).count() == 0)
                let first = try await hr.postBody("/api/v1/frameworks", try Seeds.axelos)
                #expect(first.status == .created)
                let ids = try await SkillRecord.query(on: app.db).sort(\.$position).all().map(\.id)
                let again = try await hr.postBody("/api/v1/frameworks", try Seeds.axelos)
                #expect(again.status == .ok)
                #expect(try await FrameworkRecord.query(on: app.db).count() == 1)
                #expect(try await SkillRecord.query(on: app.db).sort(\.$position).all().map(\.id) == ids)   // ids survive

                // An SFIA page without a version is refused; with one it starts SFIA 9, and a second page adds to it.
                let noVersion = try await hr.postBody("/api/v1/frameworks", try Seeds.sfia)
                #expect(noVersion.status == .unprocessableEntity)
                #expect(noVersion.body.string.contains("version"))
                #expect(try await hr.postBody("/api/v1/frameworks?version=9", try Seeds.sfia).status == .created)
                let other = try Seeds.sfia.replacingOccurrences(of: "Performance management", with: "Workforce planning")
                    .replacingOccurrences(of: "PEMT", with: "WFPL")
                #expect(try await hr.postBody("/api/v1/frameworks?version=9&format=sfia", other).status == .ok)
                let sfia = try #require(try await FrameworkRecord.query(on: app.db).filter(\.$versionKey == "9").first())
                let loaded = try #require(try await FrameworkStore.load(sfia.id!, on: app.db))
                #expect(loaded.framework.skills.compactMap(\.code) == ["PEMT", "WFPL"])
                #expect(loaded.framework.skill(code: "PEMT")?.level(4)?.indicators.count == 4)
                #expect(loaded.framework.skill(code: "PEMT")?.level(7)?.isDefined == false)

                let badFormat = try await hr.postBody("/api/v1/frameworks?format=docx", "x")
                #expect(badFormat.status == .badRequest)
                #expect(badFormat.body.string.contains("format"))
                #expect(try await hr.postBody("/api/v1/frameworks", try Seeds.axelos, csrf: false).status == .forbidden)
            }
        }

        @Test func commandsImportExportAndList() async throws {
            try await withStrideApp { app, _ in
                let directory = FileManager.default.temporaryDirectory.appendingPathComponent("stride-fw-\(UUID())")
                try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
                defer { try? FileManager.default.removeItem(at: directory) }
                let source = directory.appendingPathComponent("sfia-pemt-v9.txt")
                try Seeds.sfia.write(to: source, atomically: true, encoding: .utf8)
                func run(_ command: any AsyncCommand, _ arguments: [String]) async throws {
                    var context = CommandContext(console: Terminal(), input: CommandInput(arguments: ["stride"] + arguments))
                    context.application = app
                    try await command.run(using: &context)
                }
                try await run(ImportFrameworkCommand(), [source.path, "--dry-run"])
                #expect(try await FrameworkRecord.query(on: app.db).count() == 0)
                // The version comes from the file name, as the page names none.
                try await run(ImportFrameworkCommand(), [source.path, "--format", "sfia", "--name", "SFIA"])
                let record = try #require(try await FrameworkRecord.query(on: app.db).first())
                #expect(record.name == "SFIA")
                #expect(record.version == "9")
                let output = directory.appendingPathComponent("sfia.json")
                try await run(ExportFrameworkCommand(), ["sfia", "--version", "9", "--output", output.path])
                let exported = try String(contentsOf: output, encoding: .utf8)
                #expect(exported == (try FrameworkJSON.encodeString(try #require(try await FrameworkStore.load(record.id!, on: app.db)).framework)))
                // Importing the export changes nothing.
                try await run(ImportFrameworkCommand(), [output.path])
                #expect(try await FrameworkRecord.query(on: app.db).count() == 1)
                try await run(ListFrameworksCommand(), [])
                await #expect(throws: (any Error).self) { try await run(ExportFrameworkCommand(), ["nonesuch"]) }
            }
        }
    }
}
