import Crypto
import Foundation

extension SHA256 {
    /// The SHA-256 of `text`'s UTF-8 as 64 lowercase hex digits: how session keys and API tokens
    /// are stored and signatures made. Spelled out rather than `String(format:)` per byte, which
    /// cost a noticeable share of every token request.
    static func hex(_ text: String) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var hex: [UInt8] = []
        hex.reserveCapacity(64)
        for byte in hash(data: Data(text.utf8)) {
            hex.append(digits[Int(byte >> 4)])
            hex.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: hex, as: UTF8.self)
    }
}
