import Crypto
import Fluent
import Foundation
import StrideAPI
@testable import StrideServer
import Testing
import VaporTesting

extension ServerTests {
    @Suite struct APIDocumentTests {
        /// The routes under /api/v1 and the operations of the document served at
        /// /api/v1/openapi.json are the same set, so neither can drift from the other.
        @Test func theServedDocumentDescribesEveryAPIRoute() async throws {
            try await withStrideApp { app, _ in
                // MUT
                let response = try await Browser(app).get("/api/v1/openapi.json")
                // validate
                #expect(response.status == .ok)
                #expect(response.headers.contentType?.subType == "json")
                let document = try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [String: Any]
                #expect(document?["openapi"] as? String == "3.1.0")
                let servers = try #require(document?["servers"] as? [[String: Any]])
                let base = try #require(servers.first?["url"] as? String)
                let paths = try #require(document?["paths"] as? [String: [String: Any]])
                let described = Set(paths.flatMap { path, operations in
                    operations.keys.filter { ["get", "post", "put", "patch", "delete"].contains($0) }
                        .map { "\($0.uppercased()) \(base)\(path.replacingOccurrences(of: "{", with: ":").replacingOccurrences(of: "}", with: ""))" }
                })
                let registered = Set(app.routes.all.map { "\($0.method.rawValue) /" + $0.path.map(\.description).joined(separator: "/") }
                    .filter { $0.contains(" /api/") })
                #expect(!registered.isEmpty)
                #expect(described == registered)
            }
        }

        /// Someone holding a one-time password may only choose their own password: the API
        /// refuses them as the pages do.
        @Test func oneTimePasswordHoldersAreRefused() async throws {
            try await withStrideApp { app, _ in
                let org = try await Org.seed(app)
                let account = try #require(try await Account.query(on: app.db).filter(\.$staffMember.$id == org.other.id!).first())
                account.mustChangePassword = true
                try await account.save(on: app.db)
                let browser = Browser(app)
                #expect(try await browser.signIn(email: org.other.email, password: Org.password).location == "/account/password")
                let response = try await browser.get(.apiFramework(UUID()))
                #expect(response.status == .forbidden)
                #expect(response.headers.contentType == Problem.mediaType)
                #expect(try await browser.get("/api/v1/frameworks").status == .forbidden)
            }
        }

        /// Every API error is a problem document, with the fields of a failed validation.
        @Test func errorsAreProblemDocuments() async throws {
            try await withStrideApp { app, _ in
                let org = try await Org.seed(app)
                let hr = try await Browser.signedIn(app, as: org.hr)
                // MUT
                let response = try await hr.postBody("/api/v1/frameworks?format=sfia", "Not an SFIA page at all")
                // validate
                #expect(response.status == .unprocessableEntity)
                #expect(response.headers.contentType == Problem.mediaType)
                let problem = try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [String: Any]
                #expect(problem?["status"] as? Int == 422)
                #expect(problem?["title"] as? String == "Unprocessable Entity")
                #expect(problem?["type"] as? String == "about:blank")
                let errors = try #require(problem?["errors"] as? [[String: String]])
                #expect(errors.first?["field"] == "body")
                #expect(errors.first?["message"]?.isEmpty == false)
            }
        }
    }
}

/// The generated API code was made from the document and configuration as they are now; edit
/// either without running scripts/generate-api.sh and this fails.
@Suite struct GeneratedAPICodeTests {
    @Test func generatedCodeIsUpToDateWithTheDocument() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        func sha256(_ path: String) throws -> String {
            SHA256.hash(data: try Data(contentsOf: root.appendingPathComponent(path))).map { String(format: "%02x", $0) }.joined()
        }
        #expect(try sha256("Resources/openapi.json") == GeneratedFrom.documentSHA256, "run scripts/generate-api.sh")
        #expect(try sha256("Resources/openapi-generator-config.yaml") == GeneratedFrom.configurationSHA256, "run scripts/generate-api.sh")
    }
}
