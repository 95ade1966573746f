import Foundation

/// A real SMTP server on loopback for a test: `scripts/smtp-test-server.py` (aiosmtpd, with
/// STARTTLS and AUTH), started in a directory of its own and stopped when the test is done.
final class SMTPTestServer: @unchecked Sendable {
    let port: Int
    let directory: URL
    private let process: Process
    private let input: Pipe

    var certificate: String { directory.appendingPathComponent("cert.pem").path }

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("stride-smtp-\(UUID().uuidString)")
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("scripts/smtp-test-server.py")
        process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script.path, directory.path]
        input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        // "ready PORT" once it listens.
        var line = Data()
        while let byte = try output.fileHandleForReading.read(upToCount: 1), !byte.isEmpty, byte != Data("\n".utf8) { line.append(byte) }
        guard let text = String(data: line, encoding: .utf8), text.hasPrefix("ready "), let port = Int(text.dropFirst(6)) else {
            process.terminate()
            throw CocoaError(.fileReadCorruptFile, userInfo: [NSLocalizedDescriptionKey: "The SMTP test server did not start (pip install aiosmtpd)"])
        }
        self.port = port
    }

    /// The messages received, in order: the raw message and its envelope as the server saw it.
    func received() throws -> [(message: String, envelope: [String: Any])] {
        var found: [(String, [String: Any])] = []
        var n = 1
        while FileManager.default.fileExists(atPath: directory.appendingPathComponent("\(n).eml").path) {
            let message = try String(contentsOf: directory.appendingPathComponent("\(n).eml"), encoding: .utf8)
            let envelope = try JSONSerialization.jsonObject(with: Data(contentsOf: directory.appendingPathComponent("\(n).json"))) as? [String: Any] ?? [:]
            found.append((message, envelope))
            n += 1
        }
        return found
    }

    /// The body of a received message, decoded from base64.
    static func body(of message: String) -> String {
        let parts = message.components(separatedBy: "\r\n\r\n")
        let encoded = parts.dropFirst().joined().replacingOccurrences(of: "\r\n", with: "").replacingOccurrences(of: "\n", with: "")
        return Data(base64Encoded: encoded).flatMap { String(data: $0, encoding: .utf8) } ?? ""
    }

    func stop() {
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
        try? FileManager.default.removeItem(at: directory)
    }
}
