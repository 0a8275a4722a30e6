import ArgumentParser
import CaveatCore
import CaveatExtract
import CaveatReport
import CaveatScore
import Foundation

struct Vet: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Read saved product pages and report what they say about the listing.",
    discussion: """
      Reads each page (.html, .htm, .mhtml, .mht; the kind is detected from the content), \
      prints a verdict (buy, caution, avoid, or not enough data) with a 0-100 score and grade, \
      the reasons with their evidence and what to do about them, then the listing: price, rating \
      and its count, reviews, seller reputation, return and buyer-protection terms. Values a \
      page does not hold are listed as missing, never guessed.

      EXAMPLES
        caveat vet saved/lamp.html
        caveat vet --format json saved/lamp.mhtml | jq .listing.rating
        cat page.html | caveat vet -

      EXIT CODES
        0 every page was read; 65 a page is not a product page (or is a robot check); \
      66 a file cannot be read; 64 usage error. With several files the first failure's code \
      is returned after every file was tried.
      """
  )

  @Argument(
    help: ArgumentHelp("Saved pages to read; '-' reads standard input.", valueName: "file"),
    completion: .file(extensions: ["html", "htm", "mhtml", "mht"]))
  var files: [String] = []

  @OptionGroup var output: OutputOptions

  @OptionGroup var scoring: ScoringOptions

  @OptionGroup var history: ClaimHistoryOptions

  @Option(
    help: ArgumentHelp(
      "Refuse files larger than this (bytes, or with K, M, G suffix).", valueName: "size"))
  var maxSize: ByteSize = ByteSize(bytes: PageReader.defaultMaxBytes)

  func validate() throws {
    if files.isEmpty { throw ValidationError("name at least one saved page, or '-' for standard input") }
  }

  func run() throws {
    let style = TerminalStyle(mode: output.color, stream: .standardOutput)
    let context = try scoring.context()
    let claims = history.history()
    var results: [Result<VetReport, ListingReadError>] = []
    var paths: [PagePath] = []
    var exitCode: Int32 = 0
    for path in RawArguments.paths(for: files) {
      paths.append(path)
      do {
        var report = try ListingReader.read(path, maxBytes: maxSize.bytes)
        var pageContext = context
        pageContext.pastClaims = claims.pastClaims(
          sellerName: report.listing.seller.name, sellerID: report.listing.seller.id)
        report.assessment = Assessor.assess(report.listing, site: report.site, context: pageContext)
        results.append(.success(report))
      } catch {
        results.append(.failure(error))
        Diagnostics.error(error.message)
        if exitCode == 0 { exitCode = error.exitCode }
      }
    }
    switch output.format {
    case .json:
      let items: [JSONOutput.Item] = zip(paths, results).map { path, result in
        switch result {
        case .success(let report): return .report(report)
        case .failure(let error):
          return .failure(file: path.displayString, code: error.exitCode, message: error.message)
        }
      }
      if files.count == 1 {
        if case .report(let report) = items[0] { Console.write(JSONOutput.data(report)) }
      } else {
        Console.write(JSONOutput.data(items))
      }
    case .text:
      var first = true
      for result in results {
        guard case .success(let report) = result else { continue }
        if !first { Console.write("\n") }
        first = false
        Console.write(
          TextReport.render(report, style: style, width: TerminalSize.columns() ?? 80, language: context.language))
      }
    }
    if exitCode != 0 { throw ExitCode(exitCode) }
  }
}
