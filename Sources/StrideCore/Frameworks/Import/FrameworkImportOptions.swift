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
    /// The framework version, used when the document does not state one. A version the
    /// document states wins; a disagreement is reported as a warning.
    public var version: String?
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
        frameworkName: String? = nil,
        publisher: String? = nil,
        category: String? = nil,
        subcategory: String? = nil
    ) {
        self.importedAt = importedAt
        self.fileName = fileName
        self.version = version
        self.frameworkName = frameworkName
        self.publisher = publisher
        self.category = category
        self.subcategory = subcategory
    }
}

extension FrameworkImportOptions {
    /// The version to record: the one the document states, else the caller's. Throws when
    /// neither exists, because a framework without a version cannot be upserted safely.
    func resolvedVersion(stated: String?, format: FrameworkFormat) throws -> (String, [ImportWarning]) {
        let option = version.map(FrameworkText.collapsingWhitespace).flatMap { $0.isEmpty ? nil : $0 }
        switch (stated, option) {
        case (let stated?, let option?) where FrameworkIdentity.key(stated) != FrameworkIdentity.key(option):
            return (stated, [ImportWarning(message: "the document states version \"\(stated)\"; the version \"\(option)\" given with the import was not used")])
        case (let stated?, _):
            return (stated, [])
        case (nil, let option?):
            return (option, [ImportWarning(message: "the document does not state its version; using \"\(option)\" given with the import")])
        case (nil, nil):
            throw FrameworkImportError.missingVersion(format)
        }
    }
}
