import CaveatCore
import Foundation
import Testing

/// Help screens are written from the library's exit-status table.
@Suite("Help screens")
struct HelpTests {
  @Test("caveat --help lists every exit status of the table, one line each")
  func rootHelpListsTheTable() async throws {
    let result = try await CLIRunner.caveat(["--help"])
    #expect(result.status == 0)
    for status in ExitStatus.allCases {
      #expect(
        result.stdoutText.contains("\(status.rawValue)" + " " + status.meaning)
          || result.stdoutText.contains(status.meaning), "missing \(status)")
    }
  }

  @Test("vet and rank --help list their own statuses, including 74 for output errors")
  func subcommandHelp() async throws {
    for (command, statuses) in [
      ("vet", [ExitStatus.badInput, .noInput, .ioError]), ("rank", [.someRefused, .ioError]),
    ] {
      let result = try await CLIRunner.caveat([command, "--help"])
      #expect(result.status == 0)
      for status in statuses { #expect(result.stdoutText.contains(status.meaning), "\(command) lacks \(status)") }
    }
  }

  @Test("examples in every --help fit 80 columns: no command is broken across lines")
  func examplesAreNotWrapped() async throws {
    for command in [["vet"], ["rank"], ["diff"], ["claim"]] {
      let result = try await CLIRunner.caveat(command + ["--help"], environment: ["COLUMNS": "80"])
      #expect(result.status == 0)
      let lines = result.stdoutText.split(separator: "\n", omittingEmptySubsequences: false)
      guard let start = lines.firstIndex(of: "EXAMPLES") else { continue }
      for line in lines[(start + 1)...].prefix(while: { !$0.isEmpty }) {
        #expect(line.hasPrefix("  "), "\(command): a wrapped example line: \(line)")
      }
    }
  }
}
