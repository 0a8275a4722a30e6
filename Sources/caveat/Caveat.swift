import ArgumentParser
import CaveatCore
import CaveatHTML
import Foundation

@main
struct Caveat: AsyncParsableCommand {
  static func main() async {
    // Before anything reads a page: page trees in regions, malloc set for large trees.
    HTMLEngine.installProcessTuning()
    Console.prepare()
    await Self.main(nil)
  }

  static let configuration = CommandConfiguration(
    commandName: "caveat",
    abstract: "Should you trust this listing? Reads saved product pages offline.",
    discussion: """
      Caveat reads product pages you saved from AliExpress, Amazon, eBay, Etsy, Taobao, Best Buy \
      and other shops (File > Save Page As, as HTML or as a single-file MHTML), and never \
      fetches anything.

      \(ExitStatus.helpBlock())
      """,
    version: CaveatVersion.text,
    subcommands: [Vet.self, Rank.self, Diff.self, Claim.self],
    defaultSubcommand: nil
  )
}

/// The version printed by `--version`.
enum CaveatVersion {
  static let current = "0.1.0"

  /// What `--version` prints: the version, then whether pages are built by the direct tree
  /// builder or all parsed by libxml2 (and why), worked out when first read.
  static var text: String { "\(current)\nHTML tree builder: \(HTMLEngine.directBuilder)" }
}
