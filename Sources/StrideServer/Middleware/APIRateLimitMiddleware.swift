import Crypto
import Foundation
import StrideCore
import Vapor

/// Limits how fast each caller uses `/api/v1`, answering 429 with `Retry-After` as
/// `application/problem+json` beyond the allowance (`STRIDE_API_RATE_LIMIT` requests a minute,
/// 0 for none). A caller is its token, else its session, else its address: a script gone wrong
/// slows only itself. Each app server counts for itself, so behind a balancer spreading evenly
/// over N servers a caller gets up to N times the allowance.
struct APIRateLimitMiddleware: AsyncMiddleware {
    let limiter: APIRateLimiter
    static let sessionCookie = "stride_session"

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard request.url.path.hasPrefix("/api/v1/") else { return try await next.respond(to: request) }
        if let wait = limiter.take(for: Self.caller(of: request), now: request.clock.now()) {
            request.logger.info("\(request.method) \(request.url.path): 429, retry after \(wait) s")
            let response = try Problem.response(status: .tooManyRequests,
                                                detail: "Too many requests: this caller may make \(limiter.perMinute) a minute. Retry after \(wait) seconds.",
                                                errors: nil)
            response.headers.replaceOrAdd(name: .retryAfter, value: String(wait))
            return response
        }
        return try await next.respond(to: request)
    }

    /// Who is asking: a hash of the credential, so the table never holds one.
    static func caller(of request: Request) -> String {
        let credential = request.headers.bearerAuthorization?.token ?? request.cookies[Self.sessionCookie]?.string
        guard let credential else { return "address " + request.clientAddress }
        return SHA256.hash(data: Data(credential.utf8)).prefix(16).map { String(format: "%02x", $0) }.joined()
    }
}

/// Every caller's bucket on this server. Full buckets are forgotten when the table grows, so
/// memory stays bounded however many callers come and go.
final class APIRateLimiter: @unchecked Sendable {
    let perMinute: Int
    private let lock = NSLock()
    private var buckets: [String: TokenBucket] = [:]
    static let pruneAbove = 10_000

    init(perMinute: Int) {
        self.perMinute = perMinute
    }

    func take(for caller: String, now: Date) -> Int? {
        lock.lock(); defer { lock.unlock() }
        if buckets.count > Self.pruneAbove { buckets = buckets.filter { !$0.value.isFull(at: now) } }
        var bucket = buckets[caller] ?? TokenBucket(perMinute: perMinute, now: now)
        let wait = bucket.take(now: now)
        buckets[caller] = bucket
        return wait
    }
}
