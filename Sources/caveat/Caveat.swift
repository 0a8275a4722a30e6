import ArgumentParser
import CaveatHTML

@main
struct Caveat: AsyncParsableCommand {
  static func main() async {
    // Before anything reads a page: page trees in regions, malloc set for large trees.
    HTMLEngine.installProcessTuning()
    await Self.main(nil)
  }

  static let configuration = CommandConfiguration(
    commandName: "caveat",
    abstract: "Should you trust this listing? Reads saved product pages offline.",
    discussion: """
      Caveat reads product pages you saved from AliExpress, Amazon, eBay, Etsy, Taobao, Best Buy \
      and other shops (File > Save Page As, as HTML or as a single-file MHTML), and never \
      fetches anything.

      EXIT CODES
        0   success
        1   an unexpected failure
        3   rank: some pages were refused (each is listed with its error)
        64  usage error (unknown option, bad value)
        65  the input is not a product page (empty, binary, no product data, a saved robot check)
        66  the input cannot be read (missing, a directory, a FIFO or device, no permission)
        74  claim: the claim store could not be written (disk full, I/O error); nothing changed
        75  claim: the claim store is busy (another caveat process holds it); try again
        77  claim: the claim store is read-only for you (file or folder permissions)
      """,
    version: CaveatVersion.text,
    subcommands: [Vet.self, Rank.self, Claim.self],
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
