import ArgumentParser
import CaveatClaims
import CaveatCore
import Foundation

/// The claim record of CaveatCore; inside this module `Claim` is the command group.
typealias ClaimRecord = CaveatCore.Claim

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
        caveat claim open --listing saved/lamp.html --order 8123 --ordered 2025-03-01 \\
          --paid 12.49 --currency USD --payment card --received 2025-03-15 --problem damaged
        caveat claim evidence add 1 box.jpg unboxing.mp4 --note "as delivered"
        caveat claim log 1 seller-contacted --note "asked for a refund"
        caveat claim draft 1 seller --lang fr
        caveat claim due

      EXIT CODES
        0 success; 64 usage error; 65 a bad value (each message names the option or field), \
      an unknown claim id, an event the claim's state does not allow, or (verify) evidence \
      that changed or disappeared; 66 an input file cannot be read (page or evidence: missing, \
      a directory, a FIFO or device); 75 the store is busy (another caveat process holds it; \
      try again); 1 the store or an output folder cannot be written.
      """,
    subcommands: [
      ClaimOpen.self, ClaimEvidence.self, ClaimVerify.self, ClaimLog.self, ClaimShow.self,
      ClaimList.self, ClaimDue.self, ClaimDraft.self, ClaimOptions.self, ClaimResolve.self,
      ClaimExportCommand.self, ClaimRules.self,
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

  /// The opened store.
  func open() throws(ClaimCLIError) -> ClaimStore {
    var path = store ?? ""
    if store == nil {
      do throws(ClaimError) {
        path = try ClaimStore.defaultPath()
      } catch {
        throw .claim(error)
      }
    }
    do throws(ClaimError) {
      return try ClaimStore(path: path)
    } catch {
      throw .claim(error)
    }
  }

  /// The day deadlines are measured from.
  func day() throws(ClaimCLIError) -> CalendarDate {
    guard let today else { return ScoringOptions.localToday() }
    return try ClaimArguments.date(today, option: "--today")
  }
}

// MARK: - Errors

/// A failure of a claim subcommand: a message naming the option, field or file, and its exit code.
struct ClaimCLIError: Error {
  var message: String
  var code: Int32

  /// A bad value given for `option`.
  static func field(_ option: String, _ reason: String) -> ClaimCLIError {
    ClaimCLIError(message: "\(option): \(reason)", code: 65)
  }

  /// A library error, with the library's field names mapped to the command line's options.
  static func claim(_ error: ClaimError) -> ClaimCLIError {
    switch error {
    case .invalidField(let field, let reason):
      return ClaimCLIError(message: "\(ClaimArguments.label(field)): \(reason)", code: 65)
    case .impossibleDate(let field, let text):
      return ClaimCLIError(
        message: "\(ClaimArguments.label(field)): '\(text)' is not a real calendar date (expected YYYY-MM-DD)",
        code: 65)
    case .evidenceRefused:
      return ClaimCLIError(message: error.errorDescription ?? "evidence refused", code: 66)
    case .claimNotFound, .illegalTransition, .corruptRecord:
      return ClaimCLIError(message: error.errorDescription ?? "bad claim data", code: 65)
    case .storeBusy:
      return ClaimCLIError(message: error.errorDescription ?? "store is busy", code: 75)
    case .storeReadOnly:
      return ClaimCLIError(message: error.errorDescription ?? "store is read-only", code: 77)
    case .diskFull, .storeFailure:
      return ClaimCLIError(message: error.errorDescription ?? "store failure", code: 74)
    }
  }
}

/// Runs a claim subcommand's body, reporting a failure on stderr and exiting with its code.
enum ClaimRun {
  static func guarded(_ body: () throws(ClaimCLIError) -> Void) throws {
    do {
      try body()
    } catch {
      Diagnostics.error(error.message)
      throw ExitCode(error.code)
    }
  }
}

// MARK: - Argument values

/// A library enum spelled in kebab-case on the command line ("platform-balance").
struct Kebab<Value: CaseIterable & RawRepresentable & Sendable>: ExpressibleByArgument, Sendable
where Value.RawValue == String {
  var value: Value

  init(_ value: Value) { self.value = value }

  init?(argument: String) {
    guard let match = Value.allCases.first(where: { ClaimArguments.kebab($0.rawValue) == argument }) else {
      return nil
    }
    value = match
  }

  var defaultValueDescription: String { ClaimArguments.kebab(value.rawValue) }

  static var allValueStrings: [String] { Value.allCases.map { ClaimArguments.kebab($0.rawValue) } }
}

/// Claim identifiers: positive integers.
struct ClaimID: ExpressibleByArgument {
  var value: Int64

  init?(argument: String) {
    guard let value = Int64(argument), value > 0 else { return nil }
    self.value = value
  }
}

/// Parsing of the values typed on the command line, each error naming its option.
enum ClaimArguments {
  /// "platformBalance" → "platform-balance".
  static func kebab(_ camel: String) -> String {
    var out = ""
    for character in camel {
      if character.isUppercase {
        out += "-" + character.lowercased()
      } else {
        out.append(character)
      }
    }
    return out
  }

  /// A `YYYY-MM-DD` date for `option`.
  static func date(_ text: String, option: String) throws(ClaimCLIError) -> CalendarDate {
    do throws(ClaimError) {
      return try ClaimValidation.date(text, field: option)
    } catch {
      throw .claim(error)
    }
  }

  /// An optional date.
  static func optionalDate(_ text: String?, option: String) throws(ClaimCLIError) -> CalendarDate? {
    guard let text else { return nil }
    return try date(text, option: option)
  }

  /// A positive, finite amount ("12.49", "12,49").
  static func amount(_ text: String, option: String) throws(ClaimCLIError) -> Double {
    var normalized = text.trimmingCharacters(in: .whitespaces)
    if !normalized.contains("."), normalized.filter({ $0 == "," }).count == 1 {
      normalized = normalized.replacingOccurrences(of: ",", with: ".")
    }
    let allowed = Set("0123456789.+-eE")
    guard !normalized.isEmpty, normalized.allSatisfy({ allowed.contains($0) }), let value = Double(normalized)
    else {
      throw .field(option, "'\(text)' is not a number")
    }
    guard value.isFinite, value > 0 else { throw .field(option, "must be more than zero, not '\(text)'") }
    guard value <= ClaimValidation.maxAmount else {
      throw .field(option, "more than \(Int(ClaimValidation.maxAmount)) is not a plausible amount")
    }
    return value
  }

  /// A three-letter currency code, upper-cased.
  static func currency(_ text: String, option: String) throws(ClaimCLIError) -> String {
    let code = text.trimmingCharacters(in: .whitespaces).uppercased()
    guard code.unicodeScalars.count == 3, code.unicodeScalars.allSatisfy({ ("A"..."Z").contains($0) }) else {
      throw .field(option, "'\(text)' is not a three-letter currency code such as EUR")
    }
    return code
  }

  /// The option that sets a library field, for messages: "--received (receivedOn)".
  static func label(_ field: String) -> String {
    guard let option = options[field] else { return field }
    return "\(option) (\(field))"
  }

  private static let options: [String: String] = [
    "orderNumber": "--order", "platform": "--platform", "pricePaid": "--paid",
    "pricePaid.currency": "--currency", "trackingNumber": "--tracking", "description": "--description",
    "listing.title": "--title", "listing.url": "--listing", "listing.sellerName": "--seller",
    "listing.sellerID": "--seller-id", "buyerCountry": "--country", "receivedOn": "--received",
    "shippedOn": "--shipped", "orderDate": "--ordered", "disputeDeadline": "--dispute-deadline",
    "event.date": "--on", "event.amount": "--amount", "event.note": "--note", "event.kind": "EVENT",
    "evidence.note": "--note", "outcome.amount": "--amount", "resolvedOn": "--on", "note": "--note",
  ]
}
