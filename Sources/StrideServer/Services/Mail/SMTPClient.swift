import Foundation
import NIOCore
import NIOPosix
import NIOSSL
import Synchronization

/// Why a message, or a whole delivery, failed. `isPermanent` is a 5xx answer for the message
/// (trying again will not help); anything else is worth another try later.
struct SMTPError: Error, CustomStringConvertible, Sendable {
    let description: String
    let isPermanent: Bool
}

/// A small SMTP client on SwiftNIO (RFC 5321): EHLO, STARTTLS through swift-nio-ssl, AUTH PLAIN
/// or LOGIN, then each message on the one connection. A message the server refuses is reported
/// and the next is sent after RSET; a connection that fails fails every message not yet sent.
struct SMTPClient: Sendable {
    let settings: SMTPSettings
    let group: any EventLoopGroup
    /// The name Stride gives itself in EHLO.
    var clientName = "stride.localhost"
    var timeout: Duration = .seconds(60)

    /// One result per message, in order.
    func send(_ messages: [(message: MailMessage, date: Date, id: UUID)]) async -> [Result<Void, SMTPError>] {
        guard !messages.isEmpty else { return [] }
        let results = Mutex<[Result<Void, SMTPError>]>([])
        do {
            try await withDeadline(timeout) {
                try await conversation(messages) { result in results.withLock { $0.append(result) } }
            }
        } catch {
            // Whatever failed the connection (the greeting, TLS, AUTH) is no fault of the messages:
            // each is tried again later, whatever the code.
            let failure = SMTPError(description: (error as? SMTPError)?.description ?? "Could not deliver: \(error)", isPermanent: false)
            results.withLock { $0 += Array(repeating: .failure(failure), count: messages.count - $0.count) }
        }
        return results.withLock { $0 }
    }

    private func conversation(_ messages: [(message: MailMessage, date: Date, id: UUID)],
                              record: @Sendable (Result<Void, SMTPError>) -> Void) async throws {
        let channel: NIOAsyncChannel<String, ByteBuffer>
        do {
            channel = try await ClientBootstrap(group: group)
                .channelOption(.connectTimeout, value: .seconds(15))
                .connect(host: settings.host, port: settings.port) { channel in
                    channel.eventLoop.makeCompletedFuture {
                        try channel.pipeline.syncOperations.addHandler(ByteToMessageHandler(SMTPLineDecoder()))
                        return try NIOAsyncChannel<String, ByteBuffer>(wrappingChannelSynchronously: channel)
                    }
                }
        } catch {
            throw SMTPError(description: "Could not connect to \(settings.host):\(settings.port): \(error)", isPermanent: false)
        }
        try await channel.executeThenClose { inbound, outbound in
            var lines = inbound.makeAsyncIterator()
            func reply() async throws -> (code: Int, lines: [String]) {
                var text: [String] = []
                while let line = try await lines.next() {
                    guard line.count >= 3, let code = Int(line.prefix(3)) else {
                        throw SMTPError(description: "The server answered something that is not SMTP: \(line)", isPermanent: false)
                    }
                    text.append(String(line.dropFirst(4)))
                    if line.count == 3 || line[line.index(line.startIndex, offsetBy: 3)] == " " { return (code, text) }
                }
                throw SMTPError(description: "The server closed the connection", isPermanent: false)
            }
            func command(_ text: String, expect: ClosedRange<Int>, shown: String? = nil) async throws -> [String] {
                try await outbound.write(ByteBuffer(string: text + "\r\n"))
                let answer = try await reply()
                guard expect.contains(answer.code) else {
                    throw SMTPError(description: "\(shown ?? text) was answered \(answer.code) \(answer.lines.joined(separator: " "))",
                                    isPermanent: (500...599).contains(answer.code))
                }
                return answer.lines
            }
            let greeting = try await reply()
            guard greeting.code == 220 else {
                throw SMTPError(description: "The server greeted with \(greeting.code) \(greeting.lines.joined(separator: " "))", isPermanent: false)
            }
            var extensions = try await command("EHLO \(clientName)", expect: 250...250).map { $0.uppercased() }
            if settings.security == .starttls {
                guard extensions.contains(where: { $0.hasPrefix("STARTTLS") }) else {
                    throw SMTPError(description: "The server does not offer STARTTLS, and Stride sends nothing in the clear", isPermanent: false)
                }
                _ = try await command("STARTTLS", expect: 220...220)
                try await channel.channel.pipeline.addHandler(try tlsHandler(), position: .first).get()
                extensions = try await command("EHLO \(clientName)", expect: 250...250).map { $0.uppercased() }
            }
            if let username = settings.username {
                let mechanisms = extensions.first { $0.hasPrefix("AUTH") }?.split(separator: " ").map(String.init) ?? []
                let password = settings.password ?? ""
                if mechanisms.contains("PLAIN") {
                    let token = Data("\0\(username)\0\(password)".utf8).base64EncodedString()
                    _ = try await command("AUTH PLAIN \(token)", expect: 235...235, shown: "AUTH PLAIN")
                } else if mechanisms.contains("LOGIN") {
                    _ = try await command("AUTH LOGIN", expect: 334...334)
                    _ = try await command(Data(username.utf8).base64EncodedString(), expect: 334...334, shown: "the user name")
                    _ = try await command(Data(password.utf8).base64EncodedString(), expect: 235...235, shown: "the password")
                } else {
                    throw SMTPError(description: "The server offers neither AUTH PLAIN nor AUTH LOGIN", isPermanent: false)
                }
            }
            for item in messages {
                do {
                    _ = try await command("MAIL FROM:<\(item.message.from)>", expect: 250...250)
                    _ = try await command("RCPT TO:<\(item.message.to)>", expect: 250...251)
                    _ = try await command("DATA", expect: 354...354)
                    let data = item.message.rendered(date: item.date, messageID: item.id)
                    // Dot-stuffing (RFC 5321 §4.5.2), then the end of the data.
                    let stuffed = data.split(separator: "\r\n", omittingEmptySubsequences: false)
                        .map { $0.hasPrefix(".") ? "." + $0 : String($0) }.joined(separator: "\r\n")
                    _ = try await command(stuffed + ".", expect: 250...250, shown: "the message")
                    record(.success(()))
                } catch let error as SMTPError {
                    record(.failure(error))
                    _ = try await command("RSET", expect: 250...250)
                }
            }
            _ = try? await command("QUIT", expect: 221...221)
        }
    }

    private func tlsHandler() throws -> NIOSSLClientHandler {
        var configuration = TLSConfiguration.makeClientConfiguration()
        if let caFile = settings.caFile { configuration.trustRoots = .file(caFile) }
        let context = try NIOSSLContext(configuration: configuration)
        // SNI and the certificate's name are checked against a host name, never an address.
        let isAddress = settings.host.allSatisfy { $0.isNumber || $0 == "." || $0 == ":" }
        return try NIOSSLClientHandler(context: context, serverHostname: isAddress ? nil : settings.host)
    }

    private func withDeadline(_ limit: Duration, _ work: @escaping @Sendable () async throws -> Void) async throws {
        try await withThrowingTaskGroup(of: Bool.self) { group in
            group.addTask { try await work(); return true }
            group.addTask { try await Task.sleep(for: limit); return false }
            let finished = try await group.next() ?? false
            group.cancelAll()
            if !finished { throw SMTPError(description: "The server took longer than \(limit) to answer", isPermanent: false) }
        }
    }
}

/// Splits what the server sends into lines (CRLF, or a bare LF from a lax server).
struct SMTPLineDecoder: ByteToMessageDecoder {
    typealias InboundOut = String

    mutating func decode(context: ChannelHandlerContext, buffer: inout ByteBuffer) throws -> DecodingState {
        guard let end = buffer.readableBytesView.firstIndex(of: UInt8(ascii: "\n")) else { return .needMoreData }
        let length = end - buffer.readerIndex
        var line = buffer.readString(length: length) ?? ""
        buffer.moveReaderIndex(forwardBy: 1)
        if line.hasSuffix("\r") { line.removeLast() }
        context.fireChannelRead(Self.wrapInboundOut(line))
        return .continue
    }
}
