import CLibXML2
import Foundation

/// Collects the parse errors that mean the tree is incomplete.
final class ParseErrorCollector {
  var truncation: [String] = []

  /// Called for every parse error (a typical saved page has hundreds): the message is
  /// searched where it lies, in C, rather than copied into a `String` each time.
  func record(code: Int32, message: UnsafeMutablePointer<CChar>?) {
    func says(_ phrase: String) -> Bool { message.map { strstr($0, phrase) != nil } ?? false }
    if says("Excessive depth") {
      append(
        "the page nests elements deeper than \(clibxml2_max_depth()) levels; the parser stopped there and the rest of the page was not read"
      )
    } else if says("huge text node") {
      append("the page holds a text block over 10 MB; the parser stopped there and the rest of the page was not read")
    } else if code == Int32(XML_ERR_NO_MEMORY.rawValue) {
      append("the parser ran out of memory; the rest of the page was not read")
    }
  }

  private func append(_ text: String) {
    if !truncation.contains(text) { truncation.append(text) }
  }
}
