import ArgumentParser
import CaveatCore
import CaveatExtract
import CaveatRank
import CaveatReport
import CaveatScore
import Foundation

struct Diff: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Compare two saves of one listing: what changed, and which reviews disappeared.",
    discussion: """
      Reads two saved pages of the same listing (an older save, then a newer one) and prints \
      every value that changed with both values: price, rating and its count, the histogram, \
      review and sold counts, seller, terms and shipping, and the verdict. Reviews are matched \
      by author, date and text: those that disappeared are listed (deleted reviews are a \
      classic sign of manipulation, above all when older reviews remain), and so are the new \
      ones. Each save's date is the page's own (the MHTML Date header) or, failing that, the \
      file's modification time, and the report says which. A warning says when the two pages \
      look like different products.

      EXAMPLES
        caveat diff saved/lamp-2025-03.html saved/lamp-2025-06.html
        caveat diff --format json old.mhtml new.mhtml | jq .disappeared
        caveat diff --format html old.html new.html > changes.html

      \(ExitStatus.helpBlock([.success, .usage, .badInput, .noInput, .ioError]))
      """
  )

  @Argument(
    help: ArgumentHelp("The older save.", valueName: "old"),
    completion: .file(extensions: ["html", "htm", "mhtml", "mht"]))
  var old: String

  @Argument(
    help: ArgumentHelp("The newer save.", valueName: "new"),
    completion: .file(extensions: ["html", "htm", "mhtml", "mht"]))
  var new: String

  @OptionGroup var output: ReportOutputOptions

  @OptionGroup var scoring: ScoringOptions

  @Option(help: ArgumentHelp("Refuse files larger than this (bytes, or with K, M, G suffix).", valueName: "size"))
  var maxSize: ByteSize = ByteSize(bytes: PageFileReader.defaultMaxBytes)

  func run() throws {
    let context = try scoring.context()
    let paths = RawArguments.paths(for: [old, new])
    let diff: ListingDiff
    do {
      diff = try ListingComparison.compare(old: paths[0], new: paths[1], maxBytes: maxSize.bytes, context: context)
    } catch {
      Diagnostics.error(error.message)
      throw ExitCode(error.exitCode)
    }
    switch output.format {
    case .json: Console.write(DiffReport.json(diff))
    case .html: Console.write(DiffReport.html(diff, language: context.language))
    case .text:
      Console.write(
        DiffReport.text(
          diff, style: TerminalStyle(mode: output.color, stream: .standardOutput),
          width: TerminalSize.columns() ?? 80, language: context.language))
    }
  }
}
