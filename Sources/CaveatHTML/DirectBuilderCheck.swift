import CTreeBuilder

/// Decides, once per process, whether the direct builder may make trees: it must run on the
/// libxml2 whose trees it reproduces, find that libxml2's parser tables, and build a few probe
/// pages exactly as libxml2 parses them.
package enum DirectBuilderCheck {
  /// The libxml2 versions (`xmlParserVersion` numbers) whose trees the builder reproduces:
  /// 2.9.14 alone, the last release of the 2.9 line and the one the builder was written and
  /// tested against (Debian 12). Earlier 2.9 releases changed the HTML parser's tree shape in
  /// point releases (libxml2's NEWS: 2.9.14 "Fix recovery from invalid HTML start tags", 2.9.13
  /// "Fix regression parsing public IDs literals in HTML", 2.9.11 `--!>` as a comment end),
  /// and 2.10 reworked the parser further, so no other version is trusted untested.
  package static let reproducedVersions: ClosedRange<Int> = 20914...20914

  /// Tiny pages libxml2 and the builder must turn into the same tree: implied html, head, body
  /// and p elements, start tags that close open elements, end-tag priorities, references,
  /// comments, script text, a `<` that starts no tag, content after `</html>`.
  static let probePages: [String] = [
    "<!DOCTYPE html>\n<html><head><title>a &amp; b</title><meta charset=utf-8>"
      + "<script>if (a < b && c) { d('</p>') }</script></head>"
      + "<body><p>one<p>two &lt;&#169;&eacute;<br>1 < 2</body></html>",
    "text first<div class=\"a b\" id=x data-v='1'><ul><li>1<li>2</ul>"
      + "<table><tr><td>c<td>d</table><!-- note --><img src=a.png alt></div></body></html><p>after",
    "<title>t</title><form><input type=checkbox checked><select><option>a<option selected>b</select></form>"
      + "<dl><dt>k<dd>v</dl><h1>h<h2>i</h2></h1><div><span><b>x</div>y</span><style>p{}</style>",
  ]

  /// The builder's status given the libxml2 version the process runs.
  ///
  /// - Parameters:
  ///   - libxml2Version: `xmlParserVersion` ("20914"); tests pass others.
  ///   - tables: Reads libxml2's parser tables into the builder; whether it found them.
  ///   - probes: Builds the probe pages both ways; `nil` when every tree matched, else why not.
  package static func status(
    libxml2Version: String, tables: () -> Bool = { caveat_tree_builder_init() == 0 }, probes: () -> String?
  ) -> DirectBuilderStatus {
    let version = dotted(libxml2Version)
    guard let number = Int(libxml2Version), reproducedVersions.contains(number) else {
      let wanted = dotted(String(reproducedVersions.lowerBound))
      return .disabled(reason: "libxml2 \(version) is not the version it reproduces (\(wanted))")
    }
    guard tables() else {
      return .disabled(reason: "libxml2 \(version) lacks the parser tables it reads")
    }
    if let mismatch = probes() { return .disabled(reason: mismatch) }
    return .enabled(libxml2: version)
  }

  /// Builds each probe page both ways; `nil` when all trees match, else what went wrong.
  static func probeMismatch(regionAllocator: Bool) -> String? {
    for (index, page) in probePages.enumerated() {
      let bytes = Array(page.utf8)
      guard let parsed = HTMLDocument.parsedByLibXML2(bytes, regionAllocator: regionAllocator) else {
        return "libxml2 made no tree of probe page \(index + 1)"
      }
      guard let built = HTMLDocument.builtDirectly(bytes, regionAllocator: regionAllocator) else {
        return "it gave up on probe page \(index + 1)"
      }
      if built.canonicalTree != parsed.canonicalTree {
        return "its tree of probe page \(index + 1) is not libxml2's"
      }
    }
    return nil
  }

  /// "20914" as "2.9.14" (libxml2 numbers versions as major * 10000 + minor * 100 + patch);
  /// anything else as it is.
  static func dotted(_ version: String) -> String {
    guard let number = Int(version), number >= 10000 else { return version }
    return "\(number / 10000).\(number / 100 % 100).\(number % 100)"
  }
}
