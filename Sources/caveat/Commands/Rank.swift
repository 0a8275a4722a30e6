import ArgumentParser
import CaveatCore
import CaveatExtract
import CaveatRank
import CaveatReport
import CaveatScore
import Foundation

/// Output formats of `caveat rank`.
enum RankFormat: String, ExpressibleByArgument, CaseIterable {
  case table, json, jsonl, csv, markdown, html
}

extension RankFilter: ExpressibleByArgument {}

extension BatchRanker.Sort: ExpressibleByArgument {}

struct Rank: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Rank many saved listings, best first, with the reasons.",
    discussion: """
      Reads every saved page under the paths given (folders are searched recursively for \
      .html, .htm, .mhtml and .mht; symbolic links to folders are not followed; each file is \
      read once), scores each with what the batch knows (a rating prior learnt from the batch, \
      the same product saved twice ranked once, offers of one product by several sellers \
      compared), and prints them best first. One bad page never stops the run: it is listed \
      with its error.

      EXAMPLES
        caveat rank saved/
        caveat rank --only fragile --top 10 saved/
        caveat rank --format html --output report.html saved/

      \(ExitStatus.helpBlock([.success, .someRefused, .usage, .noInput, .ioError]))
      66 also when no page was found.
      """
  )

  @Argument(help: ArgumentHelp("Files or folders of saved pages.", valueName: "path"), completion: .directory)
  var paths: [String] = []

  @Option(name: .shortAndLong, help: "Output: table, json, jsonl, csv, markdown or html.")
  var format: RankFormat = .table

  @Option(
    name: .shortAndLong, help: ArgumentHelp("Write the report to this file instead of stdout.", valueName: "file"))
  var output: String?

  @Option(help: "Pages read at once (default: every core); with 1, ranking keeps to one core.")
  var jobs: Int?

  @Option(help: "Show only: fragile, high-value, flagged (any flag) or buy.")
  var only: RankFilter?

  @Option(help: "Order: score, price (converted to the display currency), rating or seller.")
  var sort: BatchRanker.Sort = .score

  @Option(help: "Show at most this many pages.")
  var top: Int?

  @Flag(name: .shortAndLong, help: "No progress on stderr.")
  var quiet = false

  @Option(help: "Colour of the table: auto, always or never.")
  var color: ColorMode = .auto

  @Option(help: ArgumentHelp("Refuse files larger than this (bytes, or with K, M, G).", valueName: "size"))
  var maxSize: ByteSize = ByteSize(bytes: PageFileReader.defaultMaxBytes)

  @OptionGroup var scoring: ScoringOptions

  @OptionGroup var history: ClaimHistoryOptions

  func validate() throws {
    if paths.isEmpty { throw ValidationError("name at least one file or folder of saved pages") }
    if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    if let top, top < 1 { throw ValidationError("--top must be at least 1") }
  }

  func run() async throws {
    let context = try scoring.context()
    let (pages, problems) = PageFinder().pages(in: RawArguments.paths(for: paths))
    if pages.isEmpty && problems.isEmpty {
      Diagnostics.error("no saved pages (.html, .htm, .mhtml, .mht) found under \(paths.joined(separator: ", "))")
      throw ExitCode(66)
    }
    let meter = ProgressMeter(enabled: !quiet && isatty(STDERR_FILENO) == 1, write: Console.writeError)
    let options = RankOptions(
      jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount, maxBytes: maxSize.bytes, context: context,
      extraction: ExtractionOptions(today: context.today),
      keepReviews: format == .json || format == .jsonl)
    let claims = history.history()
    let result = try await BatchRanker.rank(
      pages, options: options, sort: sort,
      pastClaims: { name, id in claims.pastClaims(sellerName: name, sellerID: id) },
      progress: { done, total in meter.update(done: done, total: total) })
    meter.finish()
    let failures = (problems + result.failures).sorted { $0.file < $1.file }
    try render(result, failures: failures, language: context.language)
    // On one terminal the table already lists the refused pages: stderr does not repeat them.
    let tableOnTerminal = format == .table && output == nil && isatty(STDOUT_FILENO) == 1 && isatty(STDERR_FILENO) == 1
    if !tableOnTerminal { for failure in failures { Diagnostics.error(failure.message) } }
    if !quiet { Console.writeError(RankNotes.counts(result, refused: failures.count)) }
    if sort == .price && !quiet { Console.writeError(RankNotes.priceSort(result, context: context)) }
    if !failures.isEmpty { throw ExitCode(3) }
  }

  /// Writes the ranking in the format asked for, to the output file or standard output.
  private func render(_ result: RankResult, failures: [RankFailure], language: Language) throws {
    let sink: ReportFile
    do {
      sink = try ReportFile(path: output, standardOutput: Console.write)
    } catch {
      throw Diagnostics.failure(error)
    }
    let renderer = RankRenderer(
      result: result, shown: result.shown(only: only, top: top), rankOf: result.places(), failures: failures,
      style: TerminalStyle(mode: output == nil ? color : .never, stream: .standardOutput),
      width: TerminalSize.columns() ?? 120, language: language)
    switch format {
    case .table: try renderer.table(into: sink)
    case .json: try renderer.json(into: sink)
    case .jsonl: try renderer.jsonl(into: sink)
    case .csv: try renderer.csv(into: sink)
    case .markdown: try renderer.markdown(into: sink)
    case .html: try renderer.html(into: sink)
    }
    do {
      try sink.close()
    } catch {
      throw Diagnostics.failure(error)
    }
  }
}
