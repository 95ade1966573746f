import Foundation

/// The shared seed documents, read where they live (`../shared/seeds` beside the package, or
/// `STRIDE_SEEDS_DIR`); never copied into the repository.
enum Seeds {
    static func text(_ fileName: String) throws -> String {
        let directory: URL
        if let override = ProcessInfo.processInfo.environment["STRIDE_SEEDS_DIR"], !override.isEmpty {
            directory = URL(fileURLWithPath: override)
        } else {
            // Tests/StrideServerTests/Helpers/Seeds.swift -> the package root's parent.
            directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
                .appendingPathComponent("shared/seeds")
        }
        return try String(contentsOf: directory.appendingPathComponent(fileName), encoding: .utf8)
    }

    static var axelos: String { get throws { try text("axelos-skills-framework.md") } }
    static var sfia: String { get throws { try text("sfia-pemt-v9.txt") } }
}
