// swift-tools-version: 6.1
// Fuzz targets for Caveat (libFuzzer, recipe B of ../shared/docs/RELIABILITY.md §2).
// Build and run with scripts/fuzz/run.sh; a plain `swift build` without
// `-Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library` does not link.
import PackageDescription

let fuzzTargets = ["FuzzPage", "FuzzTree", "FuzzMHTML", "FuzzEncoding", "FuzzNumbers", "FuzzJSON", "FuzzEscapers"]

let package = Package(
  name: "CaveatFuzz",
  platforms: [.macOS(.v13)],
  dependencies: [.package(path: "../..")],
  targets: [
    // The libFuzzer driver declaration and small checkers shared by the targets.
    .target(name: "FuzzSupport")
  ]
    + fuzzTargets.map { name in
      .executableTarget(
        name: name,
        dependencies: [
          "FuzzSupport",
          .product(name: "CaveatCore", package: "main"),
          .product(name: "CaveatExtract", package: "main"),
        ]
      )
    },
  swiftLanguageModes: [.v6]
)
