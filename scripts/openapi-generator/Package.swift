// swift-tools-version:6.0
import PackageDescription

// Builds nothing but the swift-openapi-generator command, for scripts/generate-api.sh:
//
//     swift build --package-path scripts/openapi-generator --product swift-openapi-generator
//
// It is a package of its own so that Stride's package, and CI, never depend on the generator.
// The generator's manifest needs a Swift 6.2 toolchain or newer.
//
// The version is exact, unlike Stride's bounded ones: the generated files are committed, and
// another generator version would regenerate them differently. Change it together with
// swift-openapi-runtime in Stride's Package.swift, then rerun scripts/generate-api.sh.
let package = Package(
    name: "openapi-generator",
    dependencies: [
        .package(url: "https://github.com/apple/swift-openapi-generator.git", exact: "1.14.3"),
    ]
)
