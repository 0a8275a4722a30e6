import ArgumentParser
import CaveatClaims
import CaveatCore
import Foundation

/// `caveat claim export ID --output DIR`
struct ClaimExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Write the whole claim as claim-ID.md, claim-ID.html and claim-ID.json.",
    discussion: """
      The HTML page is self-contained (no scripts, nothing fetched). Existing files of the same \
      name are replaced. The folder is created when missing.

      EXAMPLES
        caveat claim export 3 --output ~/claims
      """
  )

  @OptionGroup var storeOptions: ClaimStoreOptions

  @Argument(help: "The claim's id.")
  var id: ClaimID

  @Option(name: .shortAndLong, help: ArgumentHelp("The folder to write to.", valueName: "dir"), completion: .directory)
  var output: String

  @Option(help: "The drafts' language: en or fr.")
  var lang: Kebab<DraftLanguage> = Kebab(.en)

  func run() throws {
    try ClaimRun.guarded {
      let today = try storeOptions.day()
      let snapshot = try storeOptions.open().snapshot(id: id.value, today: today)
      let files: [(ext: String, text: String)]
      do {
        files = try ClaimExport.files(snapshot, language: lang.value)
      } catch {
        throw ClaimCLIError(message: "claim \(id.value): cannot encode the JSON export: \(error)", code: 1)
      }
      var isDirectory: ObjCBool = false
      if FileManager.default.fileExists(atPath: output, isDirectory: &isDirectory), !isDirectory.boolValue {
        throw ClaimCLIError(message: "--output \(output): is a file, not a folder", code: 1)
      }
      var written: [String] = []
      do {
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        for (ext, text) in files {
          let path = (output as NSString).appendingPathComponent("claim-\(id.value).\(ext)")
          try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
          written.append(path)
        }
      } catch {
        throw ClaimCLIError(message: "--output \(output): cannot write: \(error.localizedDescription)", code: 1)
      }
      Console.write(written.map { "Wrote " + ClaimText.safe($0) }.joined(separator: "\n") + "\n")
    }
  }
}
