import ArgumentParser
import CaveatClaims
import CaveatCore
import Foundation

/// `caveat claim export ID --output DIR`
struct ClaimExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Write the whole claim as claim-ID.md, claim-ID.html and claim-ID.json, or as one zip.",
    discussion: """
      The HTML page is self-contained (no scripts, nothing fetched). Existing files of the same \
      name are replaced. The folder is created when missing.

      --bundle writes claim-ID.zip instead: the evidence files as recorded (each checked against \
      its SHA-256 while copied; a changed or missing file is listed in the index, not included), \
      the listing page as saved (only while it matches its recorded hash), the timeline, the \
      drafts, and index.md, index.html and index.json, with warnings for files over common \
      upload limits. Entries are stored uncompressed; the zip stays under 4 GiB (a file that \
      would pass it is left out and listed).

      EXAMPLES
        caveat claim export 3 --output ~/claims
        caveat claim export 3 --output ~/claims --bundle
      """
  )

  @OptionGroup var storeOptions: ClaimStoreOptions

  @Argument(help: "The claim's id.")
  var id: ClaimID

  @Option(name: .shortAndLong, help: ArgumentHelp("The folder to write to.", valueName: "dir"), completion: .directory)
  var output: String

  @Option(help: "The language: en or fr (default: from LC_ALL, LC_MESSAGES or LANG).")
  var lang: Kebab<DraftLanguage>?

  @Flag(help: "Write one zip with the evidence files, the listing page, the timeline, the drafts and an index.")
  var bundle = false

  func run() throws {
    try ClaimRun.guarded {
      let today = try storeOptions.day()
      let language = lang?.value ?? ClaimText.environmentLanguage
      let snapshot = try storeOptions.open().snapshot(id: id.value, today: today)
      var isFolder: ObjCBool = false
      if FileManager.default.fileExists(atPath: output, isDirectory: &isFolder), !isFolder.boolValue {
        throw ClaimCLIError(
          message: "--output \(output): " + language.pick("is a file, not a folder", "est un fichier, pas un dossier"),
          code: 1)
      }
      if bundle { return try writeBundle(snapshot, today: today, language: language) }
      let written: [String]
      do throws(ClaimExport.WriteFailure) {
        written = try ClaimExport.write(snapshot, toFolder: output, language: language)
      } catch .encoding(let error) {
        throw ClaimCLIError(message: "claim \(id.value): cannot encode the JSON export: \(error)", code: 1)
      } catch .writing(let error) {
        throw ClaimCLIError(message: "--output \(output): cannot write: \(error.localizedDescription)", code: 1)
      }
      Console.write(ClaimTextReport.exported(written, language: language))
    }
  }

  private func writeBundle(_ snapshot: ClaimSnapshot, today: CalendarDate, language: DraftLanguage) throws {
    let path = (output as NSString).appendingPathComponent("claim-\(id.value).zip")
    let manifest: ClaimBundle.Manifest
    do {
      try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
      manifest = try ClaimBundle.write(snapshot, to: path, today: today, language: language)
    } catch let error as ZipError {
      throw ClaimCLIError(
        message: "--output \(output): " + language.pick("cannot write the zip: ", "impossible d'écrire le zip : ")
          + error.reason(in: language), code: 74)
    } catch {
      throw ClaimCLIError(
        message: "--output \(output): " + language.pick("cannot write: ", "écriture impossible : ")
          + error.localizedDescription, code: 1)
    }
    Console.write(ClaimTextReport.bundled(path, manifest, language: language))
  }
}
