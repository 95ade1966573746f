import Fluent
import StrideCore
import Vapor

/// Checks an email and password against the stored accounts, applying the sign-in throttle.
/// The same answer is given for an unknown email, a wrong password, a disabled account and a
/// separated person, so the form never tells a guesser which addresses exist.
enum SignIn {
    enum Outcome {
        case success(staff: StaffMember, account: Account)
        case rejected
        case throttled(until: Date)
    }

    static let throttle = LoginThrottle()

    static func attempt(email rawEmail: String, password: String, address: String, on req: Request) async throws -> Outcome {
        let email = EmailAddress.normalised(rawEmail)
        let now = req.clock.now()
        let cutoff = throttle.retentionCutoff(now: now)
        // The attempt is recorded as a failure before the password is checked, so parallel
        // guesses all see each other and cannot slip past the limit together; a success
        // then clears it.
        let mine = [LoginFailure(scope: .account, key: email, occurredAt: now),
                    LoginFailure(scope: .address, key: address, occurredAt: now)]
        try await mine.create(on: req.db)
        let mineIDs = Set(mine.compactMap(\.id))
        let failures = try await LoginFailure.query(on: req.db)
            .group(.or) { group in
                group.group(.and) { $0.filter(\.$scope == .account).filter(\.$key == email) }
                group.group(.and) { $0.filter(\.$scope == .address).filter(\.$key == address) }
            }
            .filter(\.$occurredAt > cutoff)
            .all()
            .filter { !mineIDs.contains($0.id!) }
        let decision = throttle.decide(
            accountFailures: failures.filter { $0.scope == .account }.map(\.occurredAt),
            addressFailures: failures.filter { $0.scope == .address }.map(\.occurredAt),
            now: now)
        if case .lockedUntil(let until) = decision { return .throttled(until: until) }

        let staff = try await StaffMember.query(on: req.db).filter(\.$email == email).first()
        var account: Account?
        if let staffID = staff?.id {
            account = try await Account.query(on: req.db).filter(\.$staffMember.$id == staffID).first()
        }
        // With no stored hash, verify against a decoy so both paths take as long as a real check.
        let hash: String
        if let stored = account?.passwordHash {
            hash = stored
        } else {
            hash = try await req.application.decoyPasswordHash.value(using: req.services.passwords)
        }
        let matches = try await req.services.passwords.verify(password, against: hash)
        if matches, let staff, let account, account.maySignIn(as: staff) {
            try await LoginFailure.query(on: req.db).group(.or) { group in
                group.group(.and) { $0.filter(\.$scope == .account).filter(\.$key == email) }
                group.filter(\.$id ~~ Array(mineIDs))
            }.delete()
            account.lastSignInAt = now
            try await account.save(on: req.db)
            return .success(staff: staff, account: account)
        }
        // Old failures no longer count; removing them keeps the table small.
        try await LoginFailure.query(on: req.db).filter(\.$occurredAt < cutoff).delete()
        return .rejected
    }
}
