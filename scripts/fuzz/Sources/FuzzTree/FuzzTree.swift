// The direct tree builder against libxml2 on arbitrary markup.
// Property: whenever the builder makes a tree, it is the tree libxml2 makes from the same
// bytes, node for node (canonical forms equal); both on the input as UTF-8 (as the whole-page
// path would see it) and after the prescan strips script and style bodies (as ranking does).
// The process keeps libxml2's own allocator (a library user's set-up; FuzzPage runs the CLI's):
// libxml2's trees are freed with xmlFreeDoc, the builder's from its region.
import CaveatHTML
import FuzzSupport

private let interest = ScriptInterest(types: ["ld+json"], markers: ["window.runParams"])

private func compare(_ utf8: [UInt8], _ what: String, _ input: [UInt8]) {
  guard !utf8.isEmpty, let direct = HTMLDocument.parse(utf8: utf8, direct: true), direct.builtDirectly else { return }
  let reference = HTMLDocument.parse(utf8: utf8)?.canonicalTree ?? "(no tree)"
  let built = direct.canonicalTree
  guard built != reference else { return }
  let left = reference.split(separator: "\n", omittingEmptySubsequences: false)
  let right = built.split(separator: "\n", omittingEmptySubsequences: false)
  let line =
    zip(left, right).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(left.count, right.count)
  let shown = { (lines: [Substring]) in line < lines.count ? String(lines[line].prefix(200)) : "(end)" }
  violated("\(what): trees differ at line \(line + 1): libxml2 \(shown(left)) | direct \(shown(right))", input)
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTree(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
  let bytes = fuzzBytes(data, size)
  // The builder is handed valid UTF-8 without NULs (the decoder and the prescan see to it).
  let utf8 = Array(String(decoding: bytes.filter { $0 != 0 }, as: UTF8.self).utf8)
  compare(utf8, "whole page", bytes)
  let stripped = PrescannedPage(bytes: utf8, interest: interest, stripBodies: true)
  compare(stripped.html, "stripped page", bytes)
  return 0
}

@_cdecl("FuzzTree_main")
public func fuzzTreeMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
  runLibFuzzer(argc, argv, fuzzTree)
}
