import ArgumentParser
import CaveatExtract
import Foundation

@main
struct Caveat: AsyncParsableCommand {
  static func main() async {
    // glibc keeps freed small blocks in "fast bins" and merges them all at the next large
    // allocation: after freeing a big page's tree that merge alone took a third of a second.
    // Without fast bins, blocks are merged as they are freed, at a small steady cost.
    // mallopt is not in Swift's Glibc module (malloc.h), so it is looked up by name.
    //
    // Threads other than the main one allocate from arenas made of 64 MB heaps, which glibc
    // makes writable page by page as they grow: one mprotect call per 4 KB, a hundred thousand
    // system calls to build a 400 MB tree. M_TOP_PAD also sizes the first writable part of each
    // new heap, so 64 MB makes a heap writable at once. Pages are still only backed by memory
    // when first touched, so the resident size does not change.
    if let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") {
      typealias MallOpt = @convention(c) (Int32, Int32) -> Int32
      let mallopt = unsafeBitCast(symbol, to: MallOpt.self)
      let mxFast: Int32 = 1  // M_MXFAST
      let topPad: Int32 = -2  // M_TOP_PAD
      _ = mallopt(mxFast, 0)
      _ = mallopt(topPad, 64 << 20)
    }
    LibXML2.initialize()
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
    version: CaveatVersion.current,
    subcommands: [Vet.self, Rank.self, Diff.self, Claim.self],
    defaultSubcommand: nil
  )
}

/// The version printed by `--version`.
enum CaveatVersion {
  static let current = "0.1.0"
}
