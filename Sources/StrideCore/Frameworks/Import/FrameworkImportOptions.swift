import Foundation

/// What the caller knows about an import that the document itself may not say.
///
/// Importers are pure functions, so the import moment is passed in rather than read from the
/// clock; the server passes its clock's "now".
public struct FrameworkImportOptions: Sendable, Equatable {
    /// When the import happens; stored (to whole seconds) as the framework's source date.
    public var importedAt: Date
    /// The uploaded file's name, if known.
    public var fileName: String?
    /// The framework version. Given with the import, it is used even over a version the
    /// document states (the person asked for it); taken from a file name, it is only a fallback
    /// for documents that state none. The report says which was used and why.
    public var version: String?
    /// Where `version` came from.
    public var versionSource: VersionSource
    /// Replaces the framework name the importer would otherwise use.
    public var frameworkName: String?
    /// Replaces the publisher the importer would otherwise use.
    public var publisher: String?
    /// The category for SFIA skills whose page does not name one.
    public var category: String?
    /// The subcategory for SFIA skills whose page does not name one.
    public var subcategory: String?

    public init(
        importedAt: Date,
        fileName: String? = nil,
        version: String? = nil,
        versionSource: VersionSource = .givenWithImport,
        frameworkName: String? = nil,
        publisher: String? = nil,
        category: String? = nil,
        subcategory: String? = nil
    ) {
        self.importedAt = importedAt
        self.fileName = fileName
        self.version = version
        self.versionSource = versionSource
        self.frameworkName = frameworkName
        self.publisher = publisher
        self.category = category
        self.subcategory = subcategory
    }
}

/// Where a version handed to an import came from.
public enum VersionSource: Sendable, Equatable {
    /// Typed by the person importing (`--version`, the form, `?version=`).
    case givenWithImport
    /// Read from the file's name, like `sfia-pemt-v9.txt`.
    case fileName(String)
}

extension FrameworkImportOptions {
    /// The version to record, with a warning saying which was used and why when it is not
    /// simply the one the document states. Throws when there is none, because a framework
    /// without a version cannot be upserted safely.
    func resolvedVersion(stated: String?, format: FrameworkFormat) throws -> (String, [ImportWarning]) {
        let option = version.map(FrameworkText.collapsingWhitespace).flatMap { $0.isEmpty ? nil : $0 }
        let differs = { (a: String, b: String) in FrameworkIdentity.key(a) != FrameworkIdentity.key(b) }
        switch (stated, option, versionSource) {
        case (let stated?, let option?, .givenWithImport) where differs(stated, option):
            return (option, [ImportWarning(message: "using version \"\(option)\" given with the import instead of version \"\(stated)\" stated in the document")])
        case (let stated?, let option?, .fileName(let file)) where differs(stated, option):
            return (stated, [ImportWarning(message: "using version \"\(stated)\" stated in the document; the file name \(file) suggests \"\(option)\"")])
        case (let stated?, _, _):
            return (stated, [])
        case (nil, let option?, .givenWithImport):
            return (option, [ImportWarning(message: "the document does not state its version; using \"\(option)\" given with the import")])
        case (nil, let option?, .fileName(let file)):
            return (option, [ImportWarning(message: "the document does not state its version; using \"\(option)\" from the file name \(file)")])
        case (nil, nil, _):
            throw FrameworkImportError.missingVersion(format)
        }
    }
}
