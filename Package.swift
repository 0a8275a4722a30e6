// swift-tools-version: 6.1
import PackageDescription

let package = Package(
  name: "Caveat",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "caveat", targets: ["caveat"]),
    .library(name: "CaveatCore", targets: ["CaveatCore"]),
    .library(name: "CaveatHTML", targets: ["CaveatHTML"]),
    .library(name: "CaveatExtract", targets: ["CaveatExtract"]),
    .library(name: "CaveatScore", targets: ["CaveatScore"]),
    .library(name: "CaveatRank", targets: ["CaveatRank"]),
    .library(name: "CaveatClaims", targets: ["CaveatClaims"]),
    .library(name: "CaveatReport", targets: ["CaveatReport"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
  ],
  targets: [
    // The HTML engine: libxml2 and the three C targets below are used by CaveatHTML alone (Swift
    // files elsewhere never import them). libxml2 through pkg-config; the shim works around two
    // Swift 6.3 + Debian problems (see Sources/CLibXML2/shim.h).
    .systemLibrary(
      name: "CLibXML2",
      pkgConfig: "libxml-2.0",
      providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
    ),
    // uchardet through pkg-config, behind a shim of plain C functions: guesses the charset of
    // a page that declares none and is not UTF-8.
    .systemLibrary(
      name: "CCharsetDetect",
      pkgConfig: "uchardet",
      providers: [.apt(["libuchardet-dev"]), .brew(["uchardet"])]
    ),
    // The region allocator libxml2 builds each page's tree in (see its header).
    .target(name: "CTreeArena"),
    // Builds libxml2 trees straight from the bytes where it can reproduce the parser's rules.
    // It carves nodes from the current region (CTreeArena) whatever libxml2's allocator is.
    .target(name: "CTreeBuilder", dependencies: ["CLibXML2", "CTreeArena"]),
    .target(name: "CaveatCore"),
    // Parses pages (libxml2 or the direct builder), indexes and queries their trees, prescans bytes.
    .target(name: "CaveatHTML", dependencies: ["CaveatCore", "CLibXML2", "CTreeArena", "CTreeBuilder"]),
    .target(name: "CaveatExtract", dependencies: ["CaveatCore", "CaveatHTML", "CCharsetDetect"]),
    .target(name: "CaveatScore", dependencies: ["CaveatCore"]),
    .target(name: "CaveatRank", dependencies: ["CaveatCore", "CaveatExtract", "CaveatScore"]),
    .target(
      name: "CaveatClaims",
      dependencies: ["CaveatCore", .product(name: "GRDB", package: "GRDB.swift")]
    ),
    // Renders reports for people and programs: terminal text, JSON, CSV, Markdown, HTML.
    .target(name: "CaveatReport", dependencies: ["CaveatCore", "CaveatScore", "CaveatRank"]),
    .executableTarget(
      name: "caveat",
      dependencies: [
        "CaveatCore", "CaveatHTML", "CaveatExtract", "CaveatScore", "CaveatRank", "CaveatClaims", "CaveatReport",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    // What several test targets share: the seeded generator, where the fixtures and corpora
    // are, and the expectation checks. A plain library target that no product includes.
    .target(name: "CaveatTestSupport", dependencies: ["CaveatCore"], path: "Tests/CaveatTestSupport"),
    .testTarget(name: "CaveatCoreTests", dependencies: ["CaveatCore", "CaveatTestSupport"]),
    .testTarget(
      name: "CaveatHTMLTests",
      dependencies: [
        "CaveatHTML", "CaveatExtract", "CaveatCore", "CaveatTestSupport", "CLibXML2", "CTreeArena", "CTreeBuilder",
      ]
    ),
    .testTarget(
      name: "CaveatExtractTests", dependencies: ["CaveatExtract", "CaveatHTML", "CaveatCore", "CaveatTestSupport"]),
    .testTarget(
      name: "CaveatScoreTests", dependencies: ["CaveatScore", "CaveatCore", "CaveatTestSupport"],
      resources: [.copy("Resources")]),
    .testTarget(name: "CaveatRankTests", dependencies: ["CaveatRank", "CaveatExtract", "CaveatScore", "CaveatCore"]),
    .testTarget(name: "CaveatCLITests", dependencies: ["CaveatCore", "CaveatTestSupport"]),
    .testTarget(name: "CaveatReportTests", dependencies: ["CaveatReport", "CaveatCore", "CaveatScore", "CaveatRank"]),
    .testTarget(name: "CaveatClaimsTests", dependencies: ["CaveatClaims", "CaveatCore", "CaveatTestSupport"]),
  ],
  swiftLanguageModes: [.v6]
)
