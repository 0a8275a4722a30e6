import CLibXML2
import CTreeArena
import CTreeBuilder
import Foundation

/// A parsed HTML page: owns one libxml2 document and frees it when the last reference goes.
///
/// The type is deliberately not `Sendable`: libxml2 documents must not be shared between
/// threads, so a page is parsed and read inside one task and only plain values leave it. The
/// one exception is scoped: on a very large page the extractor lets a second thread read the
/// finished tree while the first reads it too, and joins it before anything else happens.
/// Nodes (``HTMLNode``) keep their document alive, so no node pointer can outlive the tree.
public final class HTMLDocument {
  /// The tree and how to free it.
  private let tree: TreeOwnership
  /// Problems the parser met that change the result (the page was cut short).
  public let truncation: [String]
  /// Whether the direct builder made the tree (rather than libxml2's parser).
  public let builtDirectly: Bool
  /// Set when the tree was handed to another thread to free; `deinit` then leaves it alone.
  private var released = false

  private init(tree: TreeOwnership, truncation: [String], builtDirectly: Bool) {
    self.tree = tree
    self.truncation = truncation
    self.builtDirectly = builtDirectly
  }

  deinit { if !released { tree.free() } }

  /// The libxml2 document.
  var pointer: htmlDocPtr { tree.document }

  /// The elements and attributes the direct builder recorded as it made the tree, in document
  /// order; nil for a tree libxml2 parsed.
  var builderIndex: UnsafePointer<CaveatTreeIndex>? { builtDirectly ? caveat_tree_index(pointer) : nil }

  /// Frees the tree on a new thread, so a caller done with a very large page does not wait for
  /// its memory to be handed back (hundreds of megabytes for the largest pages).
  ///
  /// Call it only when no node of this document will be read again: the tree is gone as soon
  /// as the thread runs.
  package func releaseTreeInBackground() {
    guard !released else { return }
    released = true
    let tree = self.tree
    Thread { tree.free() }.start()
  }

  /// Bytes reserved for the tree in its region (for tests and diagnostics; 0 when libxml2 keeps
  /// its own allocator and parsed the page).
  var treeBytes: Int { tree.regionBytes }

  /// The options every parse uses: recover from errors, stay silent, never touch the network.
  ///
  /// Never `XML_PARSE_NOENT`, `DTDLOAD` or `HUGE`: entity expansion and lifted limits are how
  /// hostile pages reach files and memory.
  static let options: Int32 = Int32(
    HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
      | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue)

  /// Parses UTF-8 bytes.
  ///
  /// - Parameters:
  ///   - utf8: The page, already transcoded to UTF-8.
  ///   - direct: Try the direct tree builder first (when ``HTMLEngine/directBuilder`` is on): it
  ///     links the tree libxml2 would build straight from the bytes, several times faster, and
  ///     gives up on anything whose tree it does not reproduce, in which case libxml2 parses the
  ///     page as usual.
  /// - Returns: The document, or `nil` when libxml2 produced no tree at all.
  public static func parse(utf8 bytes: [UInt8], direct: Bool = false) -> HTMLDocument? {
    parse(utf8: bytes, direct: direct, builder: HTMLEngine.directBuilder)
  }

  /// ``parse(utf8:direct:)`` with the builder's status given (tests pass one the
  /// process did not decide, to take the path another libxml2 would).
  package static func parse(
    utf8 bytes: [UInt8], direct: Bool, builder: DirectBuilderStatus
  ) -> HTMLDocument? {
    let regions = HTMLEngine.setUp.regionAllocator
    guard bytes.count < Int(Int32.max) else { return nil }
    if direct, builder.isEnabled, let document = builtDirectly(bytes, regionAllocator: regions) { return document }
    return parsedByLibXML2(bytes, regionAllocator: regions)
  }

  /// libxml2's tree of the page; in a region of its own when libxml2 allocates from regions.
  /// No base URL is given to libxml2: nothing in a page is resolved against one.
  static func parsedByLibXML2(_ bytes: [UInt8], regionAllocator: Bool) -> HTMLDocument? {
    guard let context = htmlNewParserCtxt() else { return nil }
    var arena: OpaquePointer?
    if regionAllocator {
      guard let made = caveat_tree_arena_create() else {
        htmlFreeParserCtxt(context)
        return nil
      }
      arena = made
    }
    let collector = ParseErrorCollector()
    let unmanaged = Unmanaged.passRetained(collector)
    defer { unmanaged.release() }
    // libxml2's HTML SAX handler never reaches a per-context structured hook, so the handler
    // goes in the thread's error slot for the length of this synchronous call only: the parse
    // runs start to end on this thread, and the slot is cleared before anything else can run.
    xmlSetStructuredErrorFunc(unmanaged.toOpaque()) { userData, error in
      guard let userData, let error else { return }
      let collector = Unmanaged<ParseErrorCollector>.fromOpaque(userData).takeUnretainedValue()
      collector.record(code: error.pointee.code, message: error.pointee.message)
    }
    defer { xmlSetStructuredErrorFunc(nil, nil) }
    clibxml2_silence_generic_errors()
    // Everything libxml2 allocates on this thread until the arena stops being current lands in
    // it. The thread's copy of the last error points into it, so it is reset first; the parser
    // context, made before, is freed while the arena still exists (its blocks in the arena are
    // left for the arena to take). Without an arena, nothing is current and this changes nothing.
    caveat_tree_arena_set_current(arena)
    let document: htmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
      buffer.withMemoryRebound(to: CChar.self) { chars in
        htmlCtxtReadMemory(
          context, chars.baseAddress, Int32(chars.count), nil, "UTF-8", options)
      }
    }
    xmlResetLastError()
    caveat_tree_arena_set_current(nil)
    htmlFreeParserCtxt(context)
    guard let document else {
      caveat_tree_arena_destroy(arena)
      return nil
    }
    let memory: TreeOwnership.Memory = arena.map { .region($0) } ?? .libxml2
    return HTMLDocument(
      tree: TreeOwnership(document: document, memory: memory), truncation: collector.truncation, builtDirectly: false)
  }

  /// The direct builder's tree, in a region of its own; `nil` when it gave up (the region and
  /// whatever it built so far are freed).
  static func builtDirectly(_ bytes: [UInt8], regionAllocator: Bool) -> HTMLDocument? {
    guard let arena = caveat_tree_arena_create() else { return nil }
    caveat_tree_arena_set_current(arena)
    let built = bytes.withUnsafeBufferPointer { buffer in
      caveat_tree_build(buffer.baseAddress, buffer.count, options)
    }
    caveat_tree_arena_set_current(nil)
    guard let built else {
      caveat_tree_arena_destroy(arena)
      return nil
    }
    let document = built.assumingMemoryBound(to: xmlDoc.self)
    let memory: TreeOwnership.Memory = regionAllocator ? .region(arena) : .builtInRegion(arena)
    return HTMLDocument(
      tree: TreeOwnership(document: document, memory: memory), truncation: [], builtDirectly: true)
  }

  /// Every element directly under the document, in order: the root element, and whatever
  /// libxml2 placed beside it (content found after `</html>`, which XPath's `//` also sees).
  var topLevelElements: [xmlNodePtr] {
    var elements: [xmlNodePtr] = []
    var node = pointer.pointee.children
    while let current = node {
      if current.pointee.type == XML_ELEMENT_NODE { elements.append(current) }
      node = current.pointee.next
    }
    return elements
  }

  /// The elements carrying attribute `name` that sit inside no other such element, in document
  /// order: what a walk that stops going down at each such element meets. Found from the
  /// direct builder's records, without walking the tree; nil for a tree libxml2 parsed.
  ///
  /// The records are never written after the build, so any thread reading the tree may ask.
  package func outermostElements(withAttribute name: String) -> [HTMLNode]? {
    guard let records = builderIndex?.pointee else { return nil }
    var taken = Set<UnsafeMutableRawPointer>()
    var found: [HTMLNode] = []
    var last = -1
    name.withCString { wanted in
      for position in 0..<records.attribute_count {
        let record = records.attributes[position]
        guard record.element != last, let own = record.name, own[0] == wanted[0], strcmp(own, wanted) == 0 else {
          continue
        }
        last = record.element
        guard let raw = records.elements[record.element].node else { continue }
        let node = raw.assumingMemoryBound(to: xmlNode.self)
        var ancestor = node.pointee.parent
        var inside = false
        while let current = ancestor, !inside {
          inside = taken.contains(UnsafeMutableRawPointer(current))
          ancestor = current.pointee.parent
        }
        guard !inside else { continue }
        taken.insert(raw)
        found.append(HTMLNode(document: self, pointer: node))
      }
    }
    return found
  }

  /// ``topLevelElements`` as nodes: where a walk over the whole tree starts.
  package var topLevelNodes: [HTMLNode] {
    topLevelElements.map { HTMLNode(document: self, pointer: $0) }
  }

  /// A canonical text form of the whole tree: every node with its attributes and text, and any
  /// link that does not point back where it should. Two parsers built the same tree when their
  /// forms are equal (used by tests and the FuzzTree target).
  public var canonicalTree: String {
    guard let text = caveat_tree_dump(pointer) else { return "" }
    defer { free(text) }
    return String(cString: text)
  }

  /// The `<html>` element (or whatever the root is).
  public var root: HTMLNode? {
    guard let node = xmlDocGetRootElement(pointer) else { return nil }
    return HTMLNode(document: self, pointer: node)
  }

  /// Evaluates an XPath expression against the whole document.
  ///
  /// - Throws: ``HTMLExtractionError/invalidXPath(expression:code:)`` for a malformed
  ///   expression.
  public func select(_ expression: String) throws(HTMLExtractionError) -> [HTMLNode] {
    try XPathQuery.nodes(expression, in: self, context: nil)
  }

  /// The first match of `expression`.
  public func first(_ expression: String) throws(HTMLExtractionError) -> HTMLNode? {
    try select(expression).first
  }
}
