import ArgumentParser
import CaveatCore
import CaveatExtract
import CaveatRank
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
        caveat vet --format html saved/lamp.html > lamp-report.html
        cat page.html | caveat vet -

      \(ExitStatus.helpBlock([.success, .usage, .badInput, .noInput, .ioError]))
      With several files, every file is tried and the first failure's code is returned.
      """
  )

  @Argument(
    help: ArgumentHelp("Saved pages to read; '-' reads standard input.", valueName: "file"),
    completion: .file(extensions: ["html", "htm", "mhtml", "mht"]))
  var files: [String] = []

  @OptionGroup var output: ReportOutputOptions

  @OptionGroup var scoring: ScoringOptions

  @OptionGroup var history: ClaimHistoryOptions

  @Option(
    help: ArgumentHelp(
      "Refuse files larger than this (bytes, or with K, M, G suffix).", valueName: "size"))
  var maxSize: ByteSize = ByteSize(bytes: PageFileReader.defaultMaxBytes)

  func validate() throws {
    if files.isEmpty { throw ValidationError("name at least one saved page, or '-' for standard input") }
  }

  func run() throws {
    let context = try scoring.context()
    let claims = history.history()
    var results: [(path: PagePath, result: Result<VetReport, ListingReadError>)] = []
    for path in RawArguments.paths(for: files) {
      do {
        let report = try Vetting.vet(
          path, maxBytes: maxSize.bytes, extraction: ExtractionOptions(today: context.today), context: context,
          pastClaims: claims.pastClaims)
        results.append((path, .success(report)))
      } catch {
        Diagnostics.error(error.message)
        results.append((path, .failure(error)))
      }
    }
    render(results, language: context.language)
    for case (_, .failure(let error)) in results { throw ExitCode(error.exitCode) }
  }

  /// Writes the reports to standard output: one JSON document (an array when several files
  /// were named; a failure is an object with its error), or the text reports one after another.
  private func render(
    _ results: [(path: PagePath, result: Result<VetReport, ListingReadError>)], language: Language
  ) {
    switch output.format {
    case .json:
      let items: [JSONOutput.Item] = results.map { path, result in
        switch result {
        case .success(let report): return .report(report)
        case .failure(let error):
          return .failure(file: path.displayString, code: error.exitCode, message: error.message)
        }
      }
      // One file gives one object: its report, or its error ({"source", "error": {code, message}}).
      if files.count == 1, let item = items.first {
        Console.write(JSONOutput.data(item))
      } else {
        Console.write(JSONOutput.data(items))
      }
    case .html:
      var failures: [(file: String, message: String)] = []
      for case (let path, .failure(let error)) in results { failures.append((path.displayString, error.message)) }
      Console.write(
        VetHTML.render(
          results.compactMap { try? $0.result.get() }, failures: failures, language: language))
    case .text:
      let style = TerminalStyle(mode: output.color, stream: .standardOutput)
      for (position, report) in results.compactMap({ try? $0.result.get() }).enumerated() {
        if position > 0 { Console.write("\n") }
        Console.write(
          TextReport.render(report, style: style, width: TerminalSize.columns() ?? 80, language: language))
      }
    }
  }
}
