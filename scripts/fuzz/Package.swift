// swift-tools-version: 6.1
// Fuzz targets for Caveat (libFuzzer, recipe B of ../shared/docs/RELIABILITY.md §2).
// Build and run with scripts/fuzz/run.sh; a plain `swift build` without
// `-Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library` does not link.
import PackageDescription

let fuzzTargets = ["FuzzPage", "FuzzTree", "FuzzMHTML", "FuzzEncoding", "FuzzNumbers", "FuzzJSON", "FuzzEscapers"]

// SwiftPM names a path dependency after the last component of its path: Caveat's package is
// known here by the name of the folder it is checked out in (`main`, `caveat`, …), so that name
// is read from where this manifest lies (two folders down from the root).
let caveatFolder = Context.packageDirectory.split(separator: "/").dropLast(2).last.map(String.init) ?? ""

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
          .product(name: "CaveatCore", package: caveatFolder),
          .product(name: "CaveatHTML", package: caveatFolder),
          .product(name: "CaveatExtract", package: caveatFolder),
        ]
      )
    },
  swiftLanguageModes: [.v6]
)
