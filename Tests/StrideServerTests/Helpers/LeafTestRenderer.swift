import Foundation
import Leaf
import LeafKit
import Vapor

/// Renders the project's real Leaf templates without booting the app (PENNY's LeafRenderTests):
/// the files in Resources/Views, plus a one-line wrapper template held in memory that extends
/// the partial under test, so each partial is checked exactly as a page includes it.
enum LeafTestRenderer {
    /// This checkout's Resources/Views: Tests/StrideServerTests/Helpers/ is three folders below
    /// the repository root.
    static let viewsDirectory: String = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Helpers
        .deletingLastPathComponent()  // StrideServerTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // repository root
        .appendingPathComponent("Resources/Views", isDirectory: true)
        .path

    /// Renders `partials/<partial>` with `model` under the variable the partial reads.
    /// - Parameters:
    ///   - partial: the file name in Resources/Views/partials, without `.leaf`.
    ///   - variable: the name the partial reads, such as `summary`.
    static func render(_ partial: String, as variable: String, _ model: some Encodable) async throws -> String {
        let wrapper = "form-kit-test/\(partial)"
        let sources = LeafSources()
        try sources.register(
            source: "views",
            using: NIOLeafFiles(fileio: NonBlockingFileIO(threadPool: .singleton), limits: .default,
                                sandboxDirectory: viewsDirectory, viewDirectory: viewsDirectory))
        try sources.register(source: "memory", using: MemoryLeafSource([wrapper: "#extend(\"partials/\(partial)\")"]))
        // A fresh renderer (and so a fresh cache) per call: templates edited between runs are read again.
        let renderer = LeafRenderer(
            configuration: LeafConfiguration(rootDirectory: viewsDirectory),
            sources: sources,
            eventLoop: MultiThreadedEventLoopGroup.singleton.next())
        var buffer = try await renderer.render(path: wrapper, context: NamedContext(name: variable, model: model)).get()
        return buffer.readString(length: buffer.readableBytes) ?? ""
    }
}

/// Templates held in memory, for wrappers that exist only in tests. Any other name fails as
/// "not found", so LeafSources goes on to the next source.
struct MemoryLeafSource: LeafSource, Sendable {
    let templates: [String: String]

    init(_ templates: [String: String]) {
        self.templates = templates
    }

    func file(template: String, escape: Bool, on eventLoop: any EventLoop) throws -> EventLoopFuture<ByteBuffer> {
        guard let text = templates[template] else { throw LeafError(.noTemplateExists(template)) }
        return eventLoop.makeSucceededFuture(ByteBuffer(string: text))
    }
}

/// A Leaf context with one top-level variable, named at run time: `{ "<name>": model }`.
struct NamedContext<Model: Encodable>: Encodable {
    let name: String
    let model: Model

    private struct Key: CodingKey {
        let stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { return nil }
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(model, forKey: Key(stringValue: name))
    }
}
