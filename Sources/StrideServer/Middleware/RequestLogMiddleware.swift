import Vapor

/// Logs each request's method and path as it arrived, still percent-encoded and with anything
/// unprintable escaped, so a crafted path (`%0a`, `%00`) cannot forge or corrupt log lines.
struct RequestLogMiddleware: AsyncMiddleware {
    let level: Logger.Level

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        request.logger.log(level: level, "\(request.method) \(Self.printable(request.url.path))")
        return try await next.respond(to: request)
    }

    static func printable(_ path: String) -> String {
        String(path.unicodeScalars.flatMap { scalar -> [Character] in
            scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar == "\\"
                ? Array(String(format: "\\x%02X", scalar.value)) : [Character(scalar)]
        })
    }
}

/// Serves `Public/`, except for paths with a segment longer than file systems allow (255
/// bytes), which no file can have and whose lookup would fail: those go on to the routes and
/// are answered with the same "not found" page as any other unknown path.
struct PublicFilesMiddleware: AsyncMiddleware {
    static let maxSegmentBytes = 255
    let files: FileMiddleware

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if request.url.path.split(separator: "/").contains(where: { $0.utf8.count > Self.maxSegmentBytes }) {
            return try await next.respond(to: request)
        }
        return try await files.respond(to: request, chainingTo: next)
    }
}
