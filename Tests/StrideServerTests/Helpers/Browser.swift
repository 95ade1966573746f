import Foundation
@testable import StrideServer
import Testing
import VaporTesting

/// Drives the app the way a browser does: keeps its cookies (the session, the sign-in form's
/// token), reads the CSRF token from each page it is shown and sends it back with forms.
final class Browser: @unchecked Sendable {
    let app: Application
    var cookies: [String: String] = [:]
    var csrf: String?
    /// An API token sent as `Authorization: Bearer`, as an integration would.
    var bearer: String?

    /// The session cookie's value, if the browser holds one.
    var sessionCookie: String? { cookies["stride_session"] }

    init(_ app: Application) { self.app = app }

    /// A browser already signed in as `staff`.
    static func signedIn(_ app: Application, as staff: StaffMember, password: String = Org.password) async throws -> Browser {
        let browser = Browser(app)
        let response = try await browser.signIn(email: staff.email, password: password)
        // A test that cannot sign in has nothing left to check: stop it here.
        try #require(response.status == .seeOther, "sign-in as \(staff.email) failed: \(response.body.string)")
        // Follow the redirect as a browser would; the new session's page carries its form token.
        if let location = response.location { try await browser.get(location) }
        return browser
    }

    @discardableResult
    func signIn(email: String, password: String) async throws -> TestingHTTPResponse {
        try await get("/login")
        return try await post("/login", ["email": email, "password": password])
    }

    @discardableResult
    func get(_ path: String, accept: String? = nil) async throws -> TestingHTTPResponse {
        var headers = HTTPHeaders()
        if let accept { headers.add(name: .accept, value: accept) }
        return try await send(.GET, path, headers: headers, body: nil)
    }

    /// Posts a URL-encoded form with the current CSRF token (unless `csrf: false`).
    @discardableResult
    func post(_ path: String, _ fields: [String: String] = [:], list: [(String, String)] = [], csrf: Bool = true) async throws -> TestingHTTPResponse {
        var pairs = fields.sorted { $0.key < $1.key }.map { ($0.key, $0.value) } + list
        if csrf, let token = self.csrf { pairs.append(("_csrf", token)) }
        let body = pairs.map { "\(Self.encode($0.0))=\(Self.encode($0.1))" }.joined(separator: "&")
        var headers = HTTPHeaders()
        headers.contentType = .urlEncodedForm
        return try await send(.POST, path, headers: headers, body: ByteBuffer(string: body))
    }

    /// Posts a multipart form with one file. `live` sends it through a real HTTP server, where
    /// a large body arrives as a stream rather than already collected.
    @discardableResult
    func upload(_ path: String, field: String, filename: String, content: String, live: Bool = false) async throws -> TestingHTTPResponse {
        try await uploadBytes(path, field: field, filename: filename, content: Array(content.utf8), live: live)
    }

    /// The same with the file's bytes as they are, for files that are not UTF-8.
    @discardableResult
    func uploadBytes(_ path: String, field: String, filename: String, content: [UInt8], live: Bool = false) async throws -> TestingHTTPResponse {
        let boundary = "----stride-test-boundary"
        var head = ""
        if let token = csrf {
            head += "--\(boundary)\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n\(token)\r\n"
        }
        head += "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(field)\"; filename=\"\(filename)\"\r\n"
        head += "Content-Type: text/csv\r\n\r\n"
        var body = ByteBuffer(string: head)
        body.writeBytes(content)
        body.writeString("\r\n--\(boundary)--\r\n")
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: "multipart/form-data; boundary=\(boundary)")
        return try await send(.POST, path, headers: headers, body: body, live: live)
    }

    /// Posts a raw body, as an API client would, with the CSRF token in its header.
    @discardableResult
    func postBody(_ path: String, _ content: String, contentType: String = "text/plain; charset=utf-8",
                  csrf: Bool = true) async throws -> TestingHTTPResponse {
        try await sendBody(.POST, path, content, contentType: contentType, csrf: csrf)
    }

    /// Sends a raw body with any method (PUT for the API's writes), as `postBody` does.
    @discardableResult
    func sendBody(_ method: HTTPMethod, _ path: String, _ content: String, contentType: String = "application/json",
                  csrf: Bool = true) async throws -> TestingHTTPResponse {
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: contentType)
        headers.replaceOrAdd(name: .accept, value: "application/json")
        if csrf, let token = self.csrf { headers.replaceOrAdd(name: "X-CSRF-Token", value: token) }
        return try await send(method, path, headers: headers, body: ByteBuffer(string: content))
    }

    private func send(_ method: HTTPMethod, _ path: String, headers: HTTPHeaders, body: ByteBuffer?,
                      live: Bool = false) async throws -> TestingHTTPResponse {
        var headers = headers
        if let bearer { headers.replaceOrAdd(name: .authorization, value: "Bearer \(bearer)") }
        if !cookies.isEmpty {
            headers.replaceOrAdd(name: .cookie, value: cookies.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "; "))
        }
        let request = TestingHTTPRequest(method: method, url: URI(path: path), headers: headers,
                                         body: body ?? ByteBuffer())
        let tester = try live ? app.testing(method: .running(hostname: "127.0.0.1", port: 0)) : app.testing()
        let response = try await tester.performTest(request: request)
        for (name, value) in response.headers.setCookie?.all ?? [:] {
            let expired = value.expires.map { $0 < Date() } == true || value.maxAge.map { $0 <= 0 } == true
            cookies[name] = expired ? nil : value.string
        }
        if let token = Self.csrfToken(in: response.body.string) { csrf = token }
        return response
    }

    // The same requests addressed by typed path, as the app's own links are.

    @discardableResult
    func get(_ path: StridePath, accept: String? = nil) async throws -> TestingHTTPResponse {
        try await get(path.href, accept: accept)
    }

    @discardableResult
    func post(_ path: StridePath, _ fields: [String: String] = [:], list: [(String, String)] = [], csrf: Bool = true) async throws -> TestingHTTPResponse {
        try await post(path.href, fields, list: list, csrf: csrf)
    }

    @discardableResult
    func upload(_ path: StridePath, field: String, filename: String, content: String, live: Bool = false) async throws -> TestingHTTPResponse {
        try await upload(path.href, field: field, filename: filename, content: content, live: live)
    }

    @discardableResult
    func uploadBytes(_ path: StridePath, field: String, filename: String, content: [UInt8], live: Bool = false) async throws -> TestingHTTPResponse {
        try await uploadBytes(path.href, field: field, filename: filename, content: content, live: live)
    }

    @discardableResult
    func postBody(_ path: StridePath, _ content: String, contentType: String = "text/plain; charset=utf-8",
                  csrf: Bool = true) async throws -> TestingHTTPResponse {
        try await postBody(path.href, content, contentType: contentType, csrf: csrf)
    }

    static func csrfToken(in html: String) -> String? {
        guard let range = html.range(of: "name=\"_csrf\" value=\"") else { return nil }
        let rest = html[range.upperBound...]
        return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
    }

    static func encode(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }
}

extension TestingHTTPResponse {
    var location: String? { headers.first(name: .location) }
}

extension Browser {
    /// Another browser holding the same cookies and form token, as a second tab would; for
    /// sending requests at the same moment.
    func tab() -> Browser {
        let copy = Browser(app)
        copy.cookies = cookies
        copy.csrf = csrf
        return copy
    }
}

extension Browser {
    /// Opens cycles as of `asOf` from HR's page, as HR would, and follows the run (which goes on
    /// in the background) to its end: answers the run's page once it has finished.
    func openCycles(asOf: String) async throws -> TestingHTTPResponse {
        try await get(.openCycles)
        let started = try await post(.openCycles, ["asOf": asOf])
        let location = try #require(started.location, "opening cycles answered \(started.status): \(started.body.string)")
        var page = try await get(location)
        // A few people take milliseconds; the bound only stops a run that never ends.
        for _ in 0..<400 where page.body.string.contains("data-running") {
            try await Task.sleep(for: .milliseconds(50))
            page = try await get(location)
        }
        return page
    }
}

