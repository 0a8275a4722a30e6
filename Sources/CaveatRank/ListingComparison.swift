import CaveatCore
import CaveatExtract
import CaveatScore
import Foundation

/// Two saves of one listing read and compared: what `caveat diff` does.
public enum ListingComparison {
  /// Reads and assesses the pages at `old` and `new`, finds when each was saved, and compares them.
  ///
  /// - Throws: ``ListingReadError`` for the first page that cannot be read or is not a product page.
  public static func compare(
    old: PagePath, new: PagePath, maxBytes: Int = PageFileReader.defaultMaxBytes, context: AssessmentContext
  ) throws(ListingReadError) -> ListingDiff {
    let oldReport = try Vetting.vet(old, maxBytes: maxBytes, context: context)
    let newReport = try Vetting.vet(new, maxBytes: maxBytes, context: context)
    return ListingDiff.compare(
      old: oldReport, new: newReport, oldSaved: SaveDates.of(old), newSaved: SaveDates.of(new))
  }
}

/// When a saved page was saved: the MHTML `Date:` header when the file has one, else the
/// file's modification time. Only the file's first 16 KB are read.
public enum SaveDates {
  /// The save date of the file at `path`; nil for standard input or a file that cannot be opened.
  public static func of(_ path: PagePath) -> SaveDate? {
    guard !path.isStandardInput else { return nil }
    let cPath = path.bytes.map { CChar(bitPattern: $0) } + [0]
    let descriptor = open(cPath, O_RDONLY | O_NONBLOCK)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var info = stat()
    guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
    var head = [UInt8](repeating: 0, count: 16_384)
    let count = head.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
    if count > 0, let date = SaveDate.mhtmlHeaderDate(Array(head.prefix(count))) {
      return SaveDate(date: date, source: .pageHeader)
    }
    let seconds = Double(info.st_mtim.tv_sec) + Double(info.st_mtim.tv_nsec) / 1e9
    return SaveDate(date: Date(timeIntervalSince1970: seconds), source: .fileModified)
  }
}
