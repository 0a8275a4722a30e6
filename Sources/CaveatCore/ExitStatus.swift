/// Every exit status `caveat` ends with, in one table: the commands exit through these values,
/// and their `--help` texts and the README's tables are written from (or tested against) it.
///
/// The numbers follow BSD's `sysexits.h` where one fits (64 usage, 65 data, 66 no input,
/// 74 I/O, 75 temporary failure, 77 permission).
public enum ExitStatus: Int32, CaseIterable, Sendable {
  /// Everything asked for was done.
  case success = 0
  /// An unexpected failure (a bug): the message says what failed.
  case failure = 1
  /// `rank`: some pages were refused; each is listed with its error, the rest are ranked.
  case someRefused = 3
  /// The command line is wrong: an unknown option, a missing argument, a value out of range.
  case usage = 64
  /// The input is not what the command needs: a file that is not a product page (empty, binary,
  /// a robot check, no product data), or a claim value, claim id or event that is refused.
  case badInput = 65
  /// An input cannot be read: missing, a directory, a FIFO or device, no permission.
  case noInput = 66
  /// Output could not be written (disk full, broken pipe, I/O error), or the claim store could
  /// not be written; a store is left as it was.
  case ioError = 74
  /// The claim store is busy (another `caveat` process holds it): try again.
  case busy = 75
  /// The claim store is read-only for you (file or folder permissions); nothing was changed.
  case noPermission = 77

  /// One line for a table of exit codes, short enough for an 80-column help screen.
  public var meaning: String {
    switch self {
    case .success: return "success"
    case .failure: return "an unexpected failure (a bug: please report it)"
    case .someRefused: return "rank: some pages were refused (listed); the others were ranked"
    case .usage: return "usage error: unknown option, missing argument, bad value"
    case .badInput: return "not a product page (empty, binary, robot check), or a refused claim value"
    case .noInput: return "an input cannot be read: missing, a folder, a FIFO, no permission"
    case .ioError: return "output or the claim store could not be written (disk full, broken pipe)"
    case .busy: return "the claim store is busy (another caveat holds it): try again"
    case .noPermission: return "the claim store is read-only for you: nothing was changed"
    }
  }

  /// The statuses a command can end with, as an `EXIT CODES` block for its `--help`: one line
  /// each, the code right-aligned in a column of four.
  public static func helpBlock(_ statuses: [ExitStatus] = ExitStatus.allCases) -> String {
    "EXIT CODES\n"
      + statuses.map { status in
        let code = String(status.rawValue)
        return "  " + code + String(repeating: " ", count: max(1, 4 - code.count)) + status.meaning
      }.joined(separator: "\n")
  }
}
