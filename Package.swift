// swift-tools-version:6.0
import PackageDescription

// Versions are bounded here rather than pinned in Package.resolved: the machines that build
// Stride serve packages from a mirror whose commit ids differ from upstream.
let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
]

let package = Package(
    name: "stride",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "stride", targets: ["stride"]),
        .library(name: "StrideCore", targets: ["StrideCore"]),
        .library(name: "StrideServer", targets: ["StrideServer"]),
    ],
    dependencies: [
        .package(url: "https://github.com/vapor/vapor.git", from: "4.115.0"),
        .package(url: "https://github.com/vapor/fluent.git", from: "4.12.0"),
        .package(url: "https://github.com/vapor/fluent-sqlite-driver.git", from: "4.8.0"),
        .package(url: "https://github.com/vapor/fluent-postgres-driver.git", from: "2.10.0"),
        .package(url: "https://github.com/vapor/leaf.git", from: "4.4.0"),
        .package(url: "https://github.com/apple/swift-openapi-runtime.git", from: "1.13.4"),
        .package(url: "https://github.com/vapor/swift-openapi-vapor.git", from: "1.2.0"),
        .package(url: "https://github.com/apple/swift-http-types.git", from: "1.8.0"),
        // Vapor's own dependencies, named for the SMTP client (there is no Swift SMTP package here).
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.81.0"),
        .package(url: "https://github.com/apple/swift-nio-ssl.git", from: "2.29.0"),
    ],
    targets: [
        .target(name: "StrideCore", swiftSettings: swiftSettings),
        // Generated from Resources/openapi.json by scripts/generate-api.sh; never edited by hand.
        .target(
            name: "StrideAPI",
            dependencies: [
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ]
        ),
        .target(
            name: "StrideServer",
            dependencies: [
                "StrideCore",
                "StrideAPI",
                .product(name: "Vapor", package: "vapor"),
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "OpenAPIVapor", package: "swift-openapi-vapor"),
                .product(name: "Fluent", package: "fluent"),
                .product(name: "FluentSQLiteDriver", package: "fluent-sqlite-driver"),
                .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
                .product(name: "Leaf", package: "leaf"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
            ],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "stride",
            dependencies: ["StrideServer"],
            swiftSettings: swiftSettings
        ),
        .testTarget(name: "StrideCoreTests", dependencies: ["StrideCore"], swiftSettings: swiftSettings),
        .testTarget(
            name: "StrideServerTests",
            dependencies: [
                "StrideServer",
                "StrideAPI",
                .product(name: "VaporTesting", package: "vapor"),
            ],
            swiftSettings: swiftSettings
        ),
    ],
    swiftLanguageModes: [.v6]
)
