import Foundation

/// Where an imported framework came from: the file name, the detected format and when it was
/// imported.
///
/// The import moment is held to whole seconds and written as `YYYY-MM-DDTHH:MM:SSZ`, computed
/// without a calendar or time zone, so JSON written on any machine reads back to an equal value.
public struct FrameworkSource: Sendable, Codable, Equatable {
    /// The uploaded file's name, when the caller knows it.
    public var fileName: String?
    /// The format the content was imported from.
    public var format: FrameworkFormat
    /// The import moment, truncated to whole seconds (UTC by construction: a `Date` has no zone).
    public var importedAt: Date

    public init(fileName: String?, format: FrameworkFormat, importedAt: Date) {
        self.fileName = fileName
        self.format = format
        self.importedAt = Date(timeIntervalSince1970: UTCTimestamp.wholeSeconds(importedAt))
    }

    /// `importedAt` in the form the JSON format uses.
    public var importedAtISO: String { UTCTimestamp.format(importedAt) }

    private enum CodingKeys: String, CodingKey {
        case fileName, format, importedAt
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let text = try container.decode(String.self, forKey: .importedAt)
        guard let date = UTCTimestamp.parse(text) else {
            throw DecodingError.dataCorruptedError(
                forKey: .importedAt, in: container,
                debugDescription: "expected a UTC timestamp like 2024-05-01T09:30:00Z, found \"\(text)\"")
        }
        self.init(
            fileName: try container.decodeIfPresent(String.self, forKey: .fileName),
            format: try container.decode(FrameworkFormat.self, forKey: .format),
            importedAt: date)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(fileName, forKey: .fileName)
        try container.encode(format, forKey: .format)
        try container.encode(importedAtISO, forKey: .importedAt)
    }
}
