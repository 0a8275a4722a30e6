import ArgumentParser
import CaveatClaims
import CaveatCore
import Foundation

/// `caveat claim`: follow a claim about a damaged, defective or missing order.
struct Claim: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Follow a claim about a damaged, defective or missing order: evidence, deadlines, messages.",
    discussion: """
      Claims are kept in one SQLite file (--store; default $XDG_DATA_HOME/caveat/claims.sqlite, \
      else ~/.local/share/caveat/claims.sqlite). Every change is one transaction, written to \
      disk before the command reports success. Dates are YYYY-MM-DD; --today sets the day the \
      deadlines are measured from (default: today in the local time zone).

      EXAMPLES
        caveat claim open --listing saved/lamp.html --order 8123 \\
          --ordered 2025-03-01 --paid 12.49 --currency USD --payment card \\
          --received 2025-03-15 --problem damaged
        caveat claim evidence add 1 box.jpg unboxing.mp4 --note "as delivered"
        caveat claim log 1 seller-contacted --note "asked for a refund"
        caveat claim draft 1 seller --lang fr
        caveat claim due

      Commands that only read (list, show, due, verify, draft, options, export) never create \
      a store. A second claim for the same order, or the same evidence file twice, is refused \
      unless --allow-duplicate is given. Evidence files over 4 GB are refused.

      \(ExitStatus.helpBlock([.success, .failure, .usage, .badInput, .noInput, .ioError, .busy, .noPermission]))
        (65 also: an unknown claim id, a refused event or duplicate, changed evidence on verify, \
      a damaged store; 66 also: no store yet for a command that only reads)
      """,
    subcommands: [
      ClaimOpen.self, ClaimEvidence.self, ClaimVerify.self, ClaimLog.self, ClaimShow.self,
      ClaimList.self, ClaimDue.self, ClaimDraft.self, ClaimOptions.self, ClaimResolve.self,
      ClaimExportCommand.self, ClaimRules.self, ClaimWatch.self,
    ]
  )
}

// MARK: - Shared options

/// `--store` and `--today`, shared by every claim subcommand.
struct ClaimStoreOptions: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "The claim store (default: $XDG_DATA_HOME/caveat/claims.sqlite, else ~/.local/share/caveat/claims.sqlite).",
      valueName: "path"),
    completion: .file(extensions: ["sqlite"]))
  var store: String?

  @Option(help: ArgumentHelp("The day it is, YYYY-MM-DD (default: today in the local time zone).", valueName: "date"))
  var today: String?

  /// The store's path.
  func path() throws(ClaimError) -> String {
    if let store { return store }
    return try ClaimStore.defaultPath()
  }

  /// The existing store, for commands that only read: a missing store is
  /// ``ClaimError/storeMissing(path:)`` and nothing is created.
  func open() throws(ClaimError) -> ClaimStore {
    try ClaimStore(path: try path(), create: false)
  }

  /// The existing store, or `nil` when there is none yet (`list` and `due` then show nothing).
  func openIfPresent() throws(ClaimError) -> ClaimStore? {
    do {
      return try open()
    } catch .storeMissing {
      return nil
    }
  }

  /// The store, created with its folder when missing: for commands that record something.
  func openForWriting() throws(ClaimError) -> ClaimStore {
    try ClaimStore(path: try path(), create: true)
  }

  /// The day deadlines are measured from.
  func day() throws(ClaimError) -> CalendarDate {
    guard let today else { return CalendarDate.localToday() }
    return try ClaimValidation.date(today, field: "--today")
  }
}

// MARK: - Errors

/// A failure of a claim subcommand: a message naming the option, field or file, and its exit code.
struct ClaimCLIError: Error {
  var message: String
  var code: Int32

  /// A bad value given for `option`.
  static func field(_ option: String, _ reason: String) -> ClaimCLIError {
    ClaimCLIError(message: ClaimText.environmentLanguage.pick("\(option): ", "\(option) : ") + reason, code: 65)
  }

  /// A library error, with the library's field names mapped to the command line's options.
  static func claim(_ error: ClaimError) -> ClaimCLIError {
    ClaimCLIError(message: error.commandLineMessage(in: ClaimText.environmentLanguage), code: error.exitStatus.rawValue)
  }
}

/// Runs a claim subcommand's body, reporting a failure on stderr and exiting with its code;
/// a library error is mapped by ``ClaimCLIError/claim(_:)``, anything else exits 1.
enum ClaimRun {
  static func guarded(_ body: () throws -> Void) throws {
    do {
      try body()
    } catch {
      let failure: ClaimCLIError
      switch error {
      case let error as ClaimCLIError: failure = error
      case let error as ClaimError: failure = .claim(error)
      default: failure = ClaimCLIError(message: "\(error)", code: 1)
      }
      Diagnostics.error(failure.message)
      throw ExitCode(failure.code)
    }
  }
}

// MARK: - Argument values

extension ClaimText {
  /// The language the environment asks for (`LC_ALL`, `LC_MESSAGES`, `LANG`).
  static var environmentLanguage: DraftLanguage {
    DraftLanguage.preferred(environment: ProcessInfo.processInfo.environment)
  }
}

/// A library enum spelled in kebab-case on the command line ("platform-balance").
struct Kebab<Value: CaseIterable & RawRepresentable & Sendable>: ExpressibleByArgument, Sendable
where Value.RawValue == String {
  var value: Value

  init(_ value: Value) { self.value = value }

  init?(argument: String) {
    guard let match = Value.allCases.first(where: { ClaimText.kebab($0.rawValue) == argument }) else {
      return nil
    }
    value = match
  }

  var defaultValueDescription: String { ClaimText.kebab(value.rawValue) }

  static var allValueStrings: [String] { Value.allCases.map { ClaimText.kebab($0.rawValue) } }
}

/// Claim identifiers: positive integers.
struct ClaimID: ExpressibleByArgument {
  var value: Int64

  init?(argument: String) {
    guard let value = Int64(argument), value > 0 else { return nil }
    self.value = value
  }
}
