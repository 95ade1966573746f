import Foundation
import StrideCore
import Synchronization
import Vapor

/// Limits how fast each caller uses `/api/v1`, answering 429 with `Retry-After` as
/// `application/problem+json` beyond the allowance (`STRIDE_API_RATE_LIMIT` requests a minute,
/// 0 for none). A caller is its token, else its session, else its address: a script gone wrong
/// slows only itself. The credential is not checked yet here (that costs a database read), so
/// every address also has an allowance for all its callers together (`addressShare` times
/// theirs): a client sending a new made-up token each time is held to that. Each app server
/// counts for itself, so behind a balancer spreading evenly over N servers a caller gets up to N
/// times the allowance.
struct APIRateLimitMiddleware: AsyncMiddleware {
    let limiter: APIRateLimiter
    /// How many callers' allowances one address has in all (integrations behind one gateway).
    static let addressShare = 10

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard request.url.path.hasPrefix("/api/v1/") else { return try await next.respond(to: request) }
        let now = request.clock.now()
        let credential = request.headers.bearerAuthorization?.token
            ?? request.cookies[request.application.sessions.configuration.cookieName]?.string
        let wait: Int?
        if let credential {
            // Everyone behind the address first, then the caller's own.
            wait = limiter.take(for: "all from " + request.clientAddress, share: Self.addressShare, now: now)
                ?? limiter.take(for: APITokenService.hash(credential), share: 1, now: now)
        } else {
            wait = limiter.take(for: "address " + request.clientAddress, share: 1, now: now)
        }
        guard let wait else { return try await next.respond(to: request) }
        request.logger.info("\(request.method) \(request.url.path): 429, retry after \(wait) s")
        let response = try Problem.response(status: .tooManyRequests,
                                            detail: "Too many requests: this caller may make \(limiter.perMinute) a minute. Retry after \(wait) seconds.",
                                            errors: nil)
        response.headers.replaceOrAdd(name: .retryAfter, value: String(wait))
        return response
    }
}

/// Every caller's bucket on this server, keyed by a hash of the credential (the table never
/// holds one) or the address. Full buckets are forgotten once the table grows, at most once a
/// second, so memory stays bounded however many callers come and go.
final class APIRateLimiter: Sendable {
    let perMinute: Int
    static let pruneAbove = 10_000

    private struct Table {
        var buckets: [String: TokenBucket] = [:]
        var prunedAt = Date.distantPast
    }

    private let table = Mutex(Table())

    init(perMinute: Int) {
        self.perMinute = perMinute
    }

    /// Takes a request from `key`'s bucket of `share` allowances: nil when it may go ahead, or
    /// the seconds to wait.
    func take(for key: String, share: Int, now: Date) -> Int? {
        table.withLock { table in
            if table.buckets.count > Self.pruneAbove, now.timeIntervalSince(table.prunedAt) >= 1 {
                table.buckets = table.buckets.filter { !$0.value.isFull(at: now) }
                table.prunedAt = now
            }
            var bucket = table.buckets[key] ?? TokenBucket(perMinute: perMinute * share, now: now)
            let wait = bucket.take(now: now)
            table.buckets[key] = bucket
            return wait
        }
    }
}
