import ArgumentParser

/// How results are printed.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
  case text
  case json
}

/// When to colour terminal output.
enum ColorMode: String, ExpressibleByArgument, CaseIterable {
  case auto
  case always
  case never
}

/// Options every reporting subcommand shares.
struct OutputOptions: ParsableArguments {
  @Option(name: .shortAndLong, help: "Output format: text for people, json for programs.")
  var format: OutputFormat = .text

  @Option(help: "Colour: auto (only on a terminal, never with NO_COLOR), always or never.")
  var color: ColorMode = .auto
}

/// A size given on the command line: "50M", "1048576", "2G".
struct ByteSize: ExpressibleByArgument {
  var bytes: Int

  init(bytes: Int) { self.bytes = bytes }

  init?(argument: String) {
    let text = argument.trimmingCharacters(in: .whitespaces).uppercased()
    let multipliers: [(String, Int)] = [
      ("GIB", 1 << 30), ("MIB", 1 << 20), ("KIB", 1 << 10), ("GB", 1 << 30), ("MB", 1 << 20),
      ("KB", 1 << 10), ("G", 1 << 30), ("M", 1 << 20), ("K", 1 << 10), ("B", 1),
    ]
    var number = text
    var multiplier = 1
    for (suffix, value) in multipliers where text.hasSuffix(suffix) {
      number = String(text.dropLast(suffix.count))
      multiplier = value
      break
    }
    guard let value = Int(number), value > 0 else { return nil }
    let (product, overflow) = value.multipliedReportingOverflow(by: multiplier)
    guard !overflow, product < Int(Int32.max) else { return nil }
    bytes = product
  }

  var defaultValueDescription: String { "\(bytes / (1 << 20))M" }
}

/// How a report about listings is printed (vet, diff): the formats of ``OutputFormat`` and a
/// self-contained HTML page.
enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
  case text
  case json
  case html
}

/// Options of the commands that report on listings.
struct ReportOutputOptions: ParsableArguments {
  @Option(
    name: .shortAndLong,
    help: "Output format: text for people, json for programs, html for a page to keep or share.")
  var format: ReportFormat = .text

  @Option(help: "Colour: auto (only on a terminal, never with NO_COLOR), always or never.")
  var color: ColorMode = .auto
}
