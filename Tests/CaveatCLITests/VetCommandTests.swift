import CaveatTestSupport
import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// End-to-end tests: run the built `caveat` executable and check its exit status, standard
/// output and standard error.
@Suite("caveat, end to end")
struct VetCommandTests {
  /// The fixture with schema.org JSON-LD for a brass desk lamp.
  static let lamp = TestPaths.page("generic-jsonld-lamp.html")
  /// The same lamp saved as a single-file MHTML page.
  static let lampMHTML = TestPaths.page("lamp-single-file.mhtml")
  /// The lamp's title as the page states it.
  static let lampTitle = "Brass Desk Lamp with Glass Shade"

  // MARK: - Help, version, completion

  @Test("the caveat executable is found")
  func executableFound() throws {
    let executable = try CLIRunner.executable.get()
    #expect(FileManager.default.isExecutableFile(atPath: executable.path))
  }

  @Test("--help lists the exit codes and the vet subcommand")
  func topLevelHelp() async throws {
    let result = try await CLIRunner.caveat(["--help"])
    #expect(result.status == 0)
    let help = result.stdoutText
    for code in ["64", "65", "66"] {
      let line = #"(?m)^\s*"# + code + #"\s"#
      #expect(help.range(of: line, options: .regularExpression) != nil, "exit code \(code) in --help")
    }
    #expect(help.contains("SUBCOMMANDS"))
    #expect(help.range(of: #"(?m)^\s+vet\s"#, options: .regularExpression) != nil, "vet listed as a subcommand")
  }

  @Test("vet --help shows an example")
  func vetHelp() async throws {
    let result = try await CLIRunner.caveat(["vet", "--help"])
    #expect(result.status == 0)
    #expect(result.stdoutText.contains("EXAMPLES"))
    #expect(result.stdoutText.contains("caveat vet saved/lamp.html"))
  }

  @Test("--version prints a version and exits 0")
  func version() async throws {
    let result = try await CLIRunner.caveat(["--version"])
    #expect(result.status == 0)
    let text = result.stdoutText.trimmingCharacters(in: .whitespacesAndNewlines)
    #expect(text.range(of: #"^\d+\.\d+\.\d+"#, options: .regularExpression) != nil, "version: \(text)")
  }

  @Test("--generate-completion-script bash prints a bash completion")
  func bashCompletion() async throws {
    let result = try await CLIRunner.caveat(["--generate-completion-script", "bash"])
    #expect(result.status == 0)
    #expect(result.stdoutText.contains("complete "))
    #expect(result.stdoutText.contains("_caveat"))
    #expect(result.stdoutText.contains("vet"))
  }

  // MARK: - Text output and colour

  @Test("vet prints the title and price, nothing on stderr, no ESC on a pipe")
  func textReport() async throws {
    let result = try await CLIRunner.caveat(["vet", Self.lamp.path])
    #expect(result.status == 0)
    #expect(result.stdoutText.contains(Self.lampTitle))
    #expect(result.stdoutText.contains("€89.00"))
    #expect(result.stderr.isEmpty, "stderr: \(result.stderrText)")
    #expect(!result.stdoutHasEscape)
  }

  @Test("--color always colours a pipe")
  func colorAlways() async throws {
    let result = try await CLIRunner.caveat(["vet", "--color", "always", Self.lamp.path])
    #expect(result.status == 0)
    #expect(result.stdoutHasEscape)
  }

  @Test("--color never leaves a terminal plain")
  func colorNeverOnTerminal() async throws {
    let result = try await CLIRunner.caveat(
      ["vet", "--color", "never", Self.lamp.path], output: .terminal, environment: ["TERM": "xterm"])
    #expect(result.status == 0)
    #expect(result.stdoutText.contains(Self.lampTitle))
    #expect(!result.stdoutHasEscape)
  }

  @Test("--color auto colours a terminal, but not with NO_COLOR=1")
  func colorAutoAndNoColor() async throws {
    let arguments = ["vet", "--color", "auto", Self.lamp.path]
    let terminal = try await CLIRunner.caveat(arguments, output: .terminal, environment: ["TERM": "xterm"])
    #expect(terminal.status == 0)
    #expect(terminal.stdoutHasEscape, "auto on a terminal should colour (control for the NO_COLOR case)")

    let noColor = try await CLIRunner.caveat(
      arguments, output: .terminal, environment: ["TERM": "xterm", "NO_COLOR": "1"])
    #expect(noColor.status == 0)
    #expect(noColor.stdoutText.contains(Self.lampTitle))
    #expect(!noColor.stdoutHasEscape)

    let noColorPipe = try await CLIRunner.caveat(arguments, environment: ["NO_COLOR": "1"])
    #expect(noColorPipe.status == 0)
    #expect(!noColorPipe.stdoutHasEscape)
  }

  // MARK: - JSON output

  @Test("--format json describes the source, site, listing and what is missing")
  func jsonReport() async throws {
    let result = try await CLIRunner.caveat(["vet", "--format", "json", Self.lamp.path])
    #expect(result.status == 0)
    #expect(result.stderr.isEmpty, "stderr: \(result.stderrText)")
    let report = try jsonObject(result.stdout)
    #expect(report["schemaVersion"] as? Int == 1)
    let source = try #require(report["source"] as? [String: Any])
    #expect(source["file"] as? String == Self.lamp.path)
    let sha = try #require(source["sha256"] as? String)
    #expect(sha.range(of: #"^[0-9a-f]{64}$"#, options: .regularExpression) != nil, "sha256: \(sha)")
    #expect(source["encoding"] as? String == "UTF-8")
    #expect(source["kind"] as? String == "html")
    #expect(report["site"] is String)
    let listing = try #require(report["listing"] as? [String: Any])
    #expect(listing["title"] as? String == Self.lampTitle)
    #expect(report["provenance"] != nil)
    #expect(report["missing"] is [Any])
    #expect(report["warnings"] is [Any])
  }

  @Test("an MHTML page is reported as kind mhtml")
  func jsonMHTML() async throws {
    let result = try await CLIRunner.caveat(["vet", "--format", "json", Self.lampMHTML.path])
    #expect(result.status == 0)
    let source = try #require(try jsonObject(result.stdout)["source"] as? [String: Any])
    #expect(source["kind"] as? String == "mhtml")
  }

  @Test("several files give a JSON array in order")
  func jsonSeveralFiles() async throws {
    let result = try await CLIRunner.caveat(["vet", "-f", "json", Self.lamp.path, Self.lampMHTML.path])
    #expect(result.status == 0)
    let items = try jsonArray(result.stdout)
    try #require(items.count == 2)
    #expect(sourceFile(items[0]) == Self.lamp.path)
    #expect(sourceFile(items[1]) == Self.lampMHTML.path)
  }

  @Test("a missing file among several gives an error element and exit 66 after the others")
  func jsonSeveralFilesWithMissing() async throws {
    let directory = try makeTemporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let missing = directory.appendingPathComponent("gone.html").path
    let result = try await CLIRunner.caveat(
      ["vet", "--format", "json", Self.lamp.path, missing, Self.lampMHTML.path])
    #expect(result.status == 66)
    #expect(result.stderrText.contains(missing))
    let items = try jsonArray(result.stdout)
    try #require(items.count == 3)
    #expect(sourceFile(items[0]) == Self.lamp.path)
    #expect(sourceFile(items[1]) == missing)
    #expect(sourceFile(items[2]) == Self.lampMHTML.path)
    #expect(items[0]["error"] == nil)
    #expect(items[2]["error"] == nil)
    let error = try #require(items[1]["error"] as? [String: Any])
    #expect(error["code"] as? Int == 66)
    let message = try #require(error["message"] as? String)
    #expect(message.contains(missing))
  }

  // MARK: - Inputs that are refused

  @Test("a missing file exits 66 with a message and nothing on stdout")
  func missingFile() async throws {
    let directory = try makeTemporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let missing = directory.appendingPathComponent("nothing-here.html").path
    let result = try await CLIRunner.caveat(["vet", missing])
    #expect(result.status == 66)
    #expect(result.stderrText == "caveat: no such file: \(missing)\n")
    #expect(result.stdout.isEmpty)
  }

  @Test("a directory exits 66")
  func directory() async throws {
    let directory = try makeTemporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let result = try await CLIRunner.caveat(["vet", directory.path])
    #expect(result.status == 66)
    #expect(result.stderrText.contains("directory"))
    #expect(result.stdout.isEmpty)
  }

  @Test("a FIFO is refused at once, without waiting for a writer")
  func fifo() async throws {
    let directory = try makeTemporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let fifo = directory.appendingPathComponent("page.html").path
    try #require(mkfifo(fifo, 0o600) == 0, "mkfifo failed: errno \(errno)")
    let result = try await CLIRunner.caveat(["vet", fifo])
    // A FIFO with no writer would block a naive reader until the runner's kill, which ends it
    // with a signal: exit 66 and the message show it was refused without waiting. (No time
    // limit here: under sanitizers and a loaded machine, even a refusal can take seconds.)
    #expect(result.status == 66)
    #expect(result.stderrText.contains("not a regular file"))
    #expect(result.stdout.isEmpty)
  }

  @Test("/dev/null is refused as a device")
  func devNull() async throws {
    let result = try await CLIRunner.caveat(["vet", "/dev/null"])
    #expect(result.status == 66)
    #expect(result.stderrText.contains("not a regular file"))
    #expect(result.stdout.isEmpty)
  }

  @Test("an empty file exits 65")
  func emptyFile() async throws {
    let directory = try makeTemporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let empty = directory.appendingPathComponent("empty.html")
    try Data().write(to: empty)
    let result = try await CLIRunner.caveat(["vet", empty.path])
    #expect(result.status == 65)
    #expect(result.stderrText.contains("empty"))
    #expect(result.stdout.isEmpty)
  }

  @Test("a PNG named .html exits 65 naming PNG")
  func pngRenamed() async throws {
    let directory = try makeTemporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let fake = directory.appendingPathComponent("photo.html")
    let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52]
    try Data(png + [UInt8](repeating: 0, count: 64)).write(to: fake)
    let result = try await CLIRunner.caveat(["vet", fake.path])
    #expect(result.status == 65)
    #expect(result.stderrText.contains("PNG"))
    #expect(result.stderrText.contains(fake.path))
    #expect(result.stdout.isEmpty)
  }

  @Test("--max-size refuses a larger file and names the limit")
  func maxSize() async throws {
    let result = try await CLIRunner.caveat(["vet", "--max-size", "1K", Self.lamp.path])
    #expect(result.status == 65)
    #expect(result.stderrText.contains("limit"))
    #expect(result.stderrText.contains("1 KiB"))
    #expect(result.stdout.isEmpty)
  }

  @Test("a saved robot check exits 65")
  func robotCheck() async throws {
    let result = try await CLIRunner.caveat(["vet", TestPaths.page("amazon-robot-check.html").path])
    #expect(result.status == 65)
    #expect(result.stderrText.contains("robot check"))
    #expect(result.stdout.isEmpty)
  }

  // MARK: - Standard input

  @Test("'-' reads a page piped to standard input")
  func standardInputText() async throws {
    let page = try Data(contentsOf: Self.lamp)
    let result = try await CLIRunner.caveat(["vet", "-"], input: .bytes(page))
    #expect(result.status == 0)
    #expect(result.stdoutText.contains(Self.lampTitle))
    #expect(result.stderr.isEmpty, "stderr: \(result.stderrText)")
  }

  @Test("'-' in JSON is reported as file \"-\"")
  func standardInputJSON() async throws {
    let page = try Data(contentsOf: Self.lamp)
    let result = try await CLIRunner.caveat(["vet", "--format", "json", "-"], input: .bytes(page))
    #expect(result.status == 0)
    let report = try jsonObject(result.stdout)
    #expect(sourceFile(report) == "-")
  }

  @Test("cat page | caveat vet - through a shell pipeline")
  func standardInputShellPipeline() async throws {
    let caveat = try CLIRunner.executable.get()
    let result = try await CLIRunner.run(
      URL(fileURLWithPath: "/bin/sh"), ["-c", #"cat "$1" | "$0" vet -"#, caveat.path, Self.lamp.path])
    #expect(result.status == 0)
    #expect(result.stdoutText.contains(Self.lampTitle))
  }

  // MARK: - Awkward file names

  @Test("a file name with a newline is escaped in JSON and text")
  func newlineInName() async throws {
    let directory = try makeTemporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let file = directory.appendingPathComponent("two\nlines.html")
    try FileManager.default.copyItem(at: Self.lamp, to: file)

    let json = try await CLIRunner.caveat(["vet", "--format", "json", file.path])
    #expect(json.status == 0)
    #expect(String(validating: [UInt8](json.stdout), as: UTF8.self) != nil, "stdout is not valid UTF-8")
    let name = try #require(sourceFile(try jsonObject(json.stdout)))
    #expect(!name.contains("\n"))
    #expect(name.hasSuffix(#"two\nlines.html"#))

    let text = try await CLIRunner.caveat(["vet", file.path])
    #expect(text.status == 0)
    #expect(text.stdoutText.contains(#"two\nlines.html"#))
  }

  @Test("a file name that is not UTF-8 is read and shown with a \\x escape")
  func latin1Name() async throws {
    let directory = try makeTemporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let page = [UInt8](try Data(contentsOf: Self.lamp))
    // "latén.html" in Latin-1: é is the single byte 0xE9.
    let rawName: [UInt8] = [0x6C, 0x61, 0x74, 0xE9, 0x6E] + Array(".html".utf8)
    try createFile(in: directory, rawName: rawName, contents: page)

    let caveat = try CLIRunner.executable.get()
    let result = try await CLIRunner.run(
      URL(fileURLWithPath: "/bin/sh"),
      ["-c", #"exec "$0" vet --format json "$(printf 'lat\351n.html')""#, caveat.path],
      currentDirectory: directory)
    #expect(result.status == 0, "stderr: \(result.stderrText)")
    #expect(String(validating: [UInt8](result.stdout), as: UTF8.self) != nil, "stdout is not valid UTF-8")
    let report = try jsonObject(result.stdout)
    #expect(sourceFile(report) == #"lat\xE9n.html"#)
    let listing = try #require(report["listing"] as? [String: Any])
    #expect(listing["title"] as? String == Self.lampTitle)
  }

  @Test("two names that differ only in invalid bytes are each read from their own file")
  func twoLatin1Names() async throws {
    let directory = try makeTemporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    // latén.html (0xE9) holds the HTML page, latèn.html (0xE8) the MHTML one. Swift repairs
    // both arguments to the same "lat\u{FFFD}n.html".
    try createFile(
      in: directory, rawName: [0x6C, 0x61, 0x74, 0xE9, 0x6E] + Array(".html".utf8),
      contents: [UInt8](try Data(contentsOf: Self.lamp)))
    try createFile(
      in: directory, rawName: [0x6C, 0x61, 0x74, 0xE8, 0x6E] + Array(".html".utf8),
      contents: [UInt8](try Data(contentsOf: Self.lampMHTML)))

    let caveat = try CLIRunner.executable.get()
    let result = try await CLIRunner.run(
      URL(fileURLWithPath: "/bin/sh"),
      ["-c", #"exec "$0" vet -f json "$(printf 'lat\351n.html')" "$(printf 'lat\350n.html')""#, caveat.path],
      currentDirectory: directory)
    #expect(result.status == 0, "stderr: \(result.stderrText)")
    let items = try jsonArray(result.stdout)
    try #require(items.count == 2)
    #expect(sourceFile(items[0]) == #"lat\xE9n.html"#)
    // Both names repair to the same text; each argument must still open its own file.
    #expect(sourceFile(items[1]) == #"lat\xE8n.html"#)
    #expect((items[1]["source"] as? [String: Any])?["kind"] as? String == "mhtml")
  }

  // MARK: - Argument parsing

  @Test("after --, --help.html is a file name: missing gives 66")
  func terminatorMissingFile() async throws {
    let directory = try makeTemporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let result = try await CLIRunner.caveat(["vet", "--", "--help.html"], currentDirectory: directory)
    #expect(result.status == 66)
    #expect(result.stderrText.contains("no such file: --help.html"))
    #expect(!result.stdoutText.contains("USAGE"))
  }

  @Test("after --, an existing --help.html is read")
  func terminatorExistingFile() async throws {
    let directory = try makeTemporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    try FileManager.default.copyItem(at: Self.lamp, to: directory.appendingPathComponent("--help.html"))
    let result = try await CLIRunner.caveat(
      ["vet", "--format", "json", "--", "--help.html"], currentDirectory: directory)
    #expect(result.status == 0, "stderr: \(result.stderrText)")
    #expect(sourceFile(try jsonObject(result.stdout)) == "--help.html")
  }

  @Test("a bare -rf.html is a usage error, even when such a file exists")
  func dashFileIsUsageError() async throws {
    let directory = try makeTemporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    try FileManager.default.copyItem(at: Self.lamp, to: directory.appendingPathComponent("-rf.html"))
    let result = try await CLIRunner.caveat(["vet", "-rf.html"], currentDirectory: directory)
    #expect(result.status == 64)
    #expect(result.stdout.isEmpty)
    #expect(!result.stderr.isEmpty)
  }

  @Test("an unknown option exits 64", arguments: [["--bogus"], ["vet", "--bogus", "page.html"]])
  func unknownOption(arguments: [String]) async throws {
    let result = try await CLIRunner.caveat(arguments)
    #expect(result.status == 64)
    #expect(result.stderrText.contains("--bogus"))
    #expect(result.stdout.isEmpty)
  }

  @Test("vet without a file is a usage error")
  func vetWithoutFile() async throws {
    let result = try await CLIRunner.caveat(["vet"])
    #expect(result.status == 64)
    #expect(result.stdout.isEmpty)
  }

  // MARK: - Helpers

  /// Parses `data` as one JSON object.
  private func jsonObject(_ data: Data, sourceLocation: SourceLocation = #_sourceLocation) throws -> [String: Any] {
    let parsed = try JSONSerialization.jsonObject(with: data)
    return try #require(parsed as? [String: Any], "not a JSON object", sourceLocation: sourceLocation)
  }

  /// Parses `data` as a JSON array of objects.
  private func jsonArray(_ data: Data, sourceLocation: SourceLocation = #_sourceLocation) throws -> [[String: Any]] {
    let parsed = try JSONSerialization.jsonObject(with: data)
    return try #require(parsed as? [[String: Any]], "not a JSON array of objects", sourceLocation: sourceLocation)
  }

  /// The `source.file` of a report or error element.
  private func sourceFile(_ item: [String: Any]) -> String? {
    (item["source"] as? [String: Any])?["file"] as? String
  }

  /// A new, empty temporary directory; the caller removes it.
  private func makeTemporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("caveat-cli-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  /// Creates a file whose name is the raw bytes `rawName` (not necessarily UTF-8) in `directory`.
  private func createFile(in directory: URL, rawName: [UInt8], contents: [UInt8]) throws {
    let path = Array(directory.path.utf8) + [0x2F] + rawName
    let cPath = path.map { CChar(bitPattern: $0) } + [0]
    let fd = open(cPath, O_WRONLY | O_CREAT | O_EXCL, 0o644)
    try #require(fd >= 0, "cannot create the raw-named file: errno \(errno)")
    defer { close(fd) }
    let written = contents.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
    try #require(written == contents.count, "short write: \(written) of \(contents.count)")
  }
}
