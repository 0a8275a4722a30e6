import CaveatTestSupport
import Foundation
import Testing

/// Output that never harms: a full disk or a closed pipe ends a command with one line and exit
/// status 74, and `--output` writes through FIFOs, devices and links instead of replacing them.
@Suite("Output streams and --output targets")
struct OutputSafetyTests {
  static let page = TestPaths.page("etsy-jsonld.html").path

  private func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("caveat-output-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  /// A folder holding one good page, for `rank`.
  private func rankFolder() throws -> URL {
    let directory = try temporaryDirectory()
    try FileManager.default.copyItem(
      at: TestPaths.page("etsy-jsonld.html"), to: directory.appendingPathComponent("mug.html"))
    return directory
  }

  /// Runs a shell line with `$CAVEAT` set to the built executable.
  private func shell(_ line: String) async throws -> CLIResult {
    let caveat = try CLIRunner.executable.get().path
    return try await CLIRunner.run(
      URL(fileURLWithPath: "/bin/sh"), ["-c", line], environment: ["CAVEAT": caveat])
  }

  private func expectOneLineIOError(
    _ result: CLIResult, _ reason: String, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    #expect(result.status == 74, "stderr: \(result.stderrText)", sourceLocation: sourceLocation)
    let lines = result.stderrText.split(separator: "\n")
    #expect(lines.count == 1, "stderr: \(result.stderrText)", sourceLocation: sourceLocation)
    #expect(result.stderrText.contains(reason), "stderr: \(result.stderrText)", sourceLocation: sourceLocation)
    #expect(!result.stderrText.contains("Fatal error"), sourceLocation: sourceLocation)
    #expect(!result.stderrText.contains("Backtrac"), sourceLocation: sourceLocation)
  }

  @Test("vet, vet --format json and claim rules on a full disk: one line, exit 74")
  func fullDisk() async throws {
    for command in [
      "\"$CAVEAT\" vet --today 2026-12-01 \(Self.page)",
      "\"$CAVEAT\" vet --format json --today 2026-12-01 \(Self.page)",
      "\"$CAVEAT\" claim rules",
    ] {
      let result = try await shell(command + " > /dev/full")
      expectOneLineIOError(result, "No space left on device")
    }
  }

  @Test("rank on a full disk: the error line, then the summary, exit 74")
  func rankFullDisk() async throws {
    let folder = try rankFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try await shell("\"$CAVEAT\" rank --quiet --today 2026-12-01 \(folder.path) > /dev/full")
    expectOneLineIOError(result, "No space left on device")
  }

  @Test("a reader that went away: one line about the broken pipe, exit 74")
  func brokenPipe() async throws {
    let result = try await shell(
      "( sleep 0.5; \"$CAVEAT\" vet --today 2026-12-01 \(Self.page); echo \"status $?\" >&2 ) | true")
    #expect(result.stderrText.contains("Broken pipe"), "stderr: \(result.stderrText)")
    #expect(result.stderrText.contains("status 74"), "stderr: \(result.stderrText)")
    #expect(!result.stderrText.contains("Fatal error"))
  }

  @Test("--output into a FIFO streams to its reader and leaves the FIFO in place")
  func outputFIFO() async throws {
    let folder = try rankFolder()
    let scratch = try temporaryDirectory()
    defer {
      try? FileManager.default.removeItem(at: folder)
      try? FileManager.default.removeItem(at: scratch)
    }
    let fifo = scratch.appendingPathComponent("report.fifo").path
    let received = scratch.appendingPathComponent("received.csv").path
    let result = try await shell(
      """
      mkfifo \(fifo) && cat \(fifo) > \(received) &
      sleep 0.2
      "$CAVEAT" rank --quiet --format csv --output \(fifo) --today 2026-12-01 \(folder.path); status=$?
      wait
      test -p \(fifo) && echo "still a fifo"
      exit $status
      """)
    #expect(result.status == 0, "stderr: \(result.stderrText)")
    #expect(result.stdoutText.contains("still a fifo"))
    let text = try String(contentsOfFile: received, encoding: .utf8)
    #expect(text.contains("Stoneware"))
  }

  @Test("--output through a symbolic link writes the target and keeps the link")
  func outputSymlink() async throws {
    let folder = try rankFolder()
    let scratch = try temporaryDirectory()
    defer {
      try? FileManager.default.removeItem(at: folder)
      try? FileManager.default.removeItem(at: scratch)
    }
    let target = scratch.appendingPathComponent("target.csv").path
    let link = scratch.appendingPathComponent("link.csv").path
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
    let result = try await CLIRunner.caveat([
      "rank", "--quiet", "--format", "csv", "--output", link, "--today", "2026-12-01", folder.path,
    ])
    #expect(result.status == 0, "stderr: \(result.stderrText)")
    #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == target)
    #expect(try String(contentsOfFile: target, encoding: .utf8).contains("Stoneware"))
  }

  @Test("--output /dev/stdout reaches standard output")
  func outputDevStdout() async throws {
    let folder = try rankFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try await CLIRunner.caveat([
      "rank", "--quiet", "--format", "csv", "--output", "/dev/stdout", "--today", "2026-12-01", folder.path,
    ])
    #expect(result.status == 0, "stderr: \(result.stderrText)")
    #expect(result.stdoutText.contains("Stoneware"))
  }

  @Test("--output to a regular file replaces it whole and leaves no temporary file")
  func outputRegularFile() async throws {
    let folder = try rankFolder()
    let scratch = try temporaryDirectory()
    defer {
      try? FileManager.default.removeItem(at: folder)
      try? FileManager.default.removeItem(at: scratch)
    }
    let report = scratch.appendingPathComponent("report.csv")
    try Data("old report".utf8).write(to: report)
    let result = try await CLIRunner.caveat([
      "rank", "--quiet", "--format", "csv", "--output", report.path, "--today", "2026-12-01", folder.path,
    ])
    #expect(result.status == 0, "stderr: \(result.stderrText)")
    #expect(try String(contentsOf: report, encoding: .utf8).contains("Stoneware"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path) == ["report.csv"])
  }

  @Test("--output into a missing folder: one plain line naming it, exit 74, no usage text")
  func outputMissingFolder() async throws {
    let folder = try rankFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let missing = "/nonexistent-caveat-folder/report.html"
    let result = try await CLIRunner.caveat([
      "rank", "--quiet", "--format", "html", "--output", missing, "--today", "2026-12-01", folder.path,
    ])
    expectOneLineIOError(result, "/nonexistent-caveat-folder does not exist")
    #expect(!result.stderrText.contains("NSCocoaErrorDomain"))
    #expect(!result.stderrText.contains("Usage"))
  }

  @Test("a missing --config or --rates file: one plain line naming it, exit 66, no usage text")
  func missingConfigFiles() async throws {
    for (option, word) in [("--config", "configuration"), ("--rates", "rates")] {
      let missing = "/nonexistent-caveat-folder/\(word).json"
      let result = try await CLIRunner.caveat(["vet", option, missing, Self.page])
      #expect(result.status == 66, "stderr: \(result.stderrText)")
      #expect(result.stderrText == "caveat: cannot read the \(word) \(missing): no such file\n")
      #expect(result.stdout.isEmpty)
    }
  }

  @Test("a --config file that is not JSON: one line, exit 65")
  func badConfigFile() async throws {
    let scratch = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: scratch) }
    let config = scratch.appendingPathComponent("config.json")
    try Data("not json".utf8).write(to: config)
    let result = try await CLIRunner.caveat(["vet", "--config", config.path, Self.page])
    #expect(result.status == 65, "stderr: \(result.stderrText)")
    #expect(result.stderrText.split(separator: "\n").count == 1)
    #expect(!result.stderrText.contains("Usage"))
  }
}
