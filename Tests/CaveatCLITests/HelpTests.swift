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
}
