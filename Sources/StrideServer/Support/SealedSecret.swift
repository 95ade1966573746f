import Crypto
import Foundation

/// A secret to show once on the next page (a one-time password), kept so that the database
/// never holds it readable: the session stores it sealed with AES-GCM, and the key travels
/// only in a short-lived cookie to the browser that asked. Either half alone reveals nothing.
enum SealedSecret {
    struct Sealed {
        /// For the session.
        let box: String
        /// For the cookie.
        let key: String
    }

    static func seal(_ secret: String) throws -> Sealed {
        let key = SymmetricKey(size: .bits256)
        let box = try AES.GCM.seal(Data(secret.utf8), using: key)
        guard let combined = box.combined else { throw StrideError.badRequest("The secret could not be sealed") }
        return Sealed(box: combined.base64EncodedString(), key: key.withUnsafeBytes { Data($0) }.base64EncodedString())
    }

    /// The secret, or nil when either half is missing, altered or from another secret.
    static func open(box: String, key: String) -> String? {
        guard let boxData = Data(base64Encoded: box), let keyData = Data(base64Encoded: key), keyData.count == 32,
              let sealed = try? AES.GCM.SealedBox(combined: boxData),
              let plain = try? AES.GCM.open(sealed, using: SymmetricKey(data: keyData)) else { return nil }
        return String(decoding: plain, as: UTF8.self)
    }
}
