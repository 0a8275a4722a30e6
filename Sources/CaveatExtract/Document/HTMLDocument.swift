import CLibXML2
import CTreeArena
import CTreeBuilder
import Foundation

/// A parsed HTML page: owns one libxml2 document and frees it when the last reference goes.
///
/// The type is deliberately not `Sendable`: libxml2 documents must not be shared between
/// threads, so a page is parsed and read inside one task and only plain values leave it. The
/// one exception is scoped: on a very large page ``PageExtractor`` lets a second thread read the
/// finished tree while the first reads it too, and joins it before anything else happens.
/// Nodes (``HTMLNode``) keep their document alive, so no node pointer can outlive the tree.
public final class HTMLDocument {
  let pointer: htmlDocPtr
  /// The region the tree was built in: freeing it frees the whole tree at once.
  private let arena: OpaquePointer
  /// Problems the parser met that change the result (the page was cut short).
  public let truncation: [String]
  /// Whether the direct builder made the tree (rather than libxml2's parser).
  public let builtDirectly: Bool
  /// Set when the tree was handed to another thread to free; `deinit` then leaves it alone.
  private var released = false

  private init(pointer: htmlDocPtr, arena: OpaquePointer, truncation: [String], builtDirectly: Bool = false) {
    self.pointer = pointer
    self.arena = arena
    self.truncation = truncation
    self.builtDirectly = builtDirectly
  }

  deinit { if !released { caveat_tree_arena_destroy(arena) } }

  /// Frees the tree on a new thread, so a caller done with a very large page does not wait for
  /// its memory to be handed back (hundreds of megabytes for the largest pages).
  ///
  /// Call it only when no node of this document will be read again: the tree is gone as soon
  /// as the thread runs.
  func releaseTreeInBackground() {
    guard !released else { return }
    released = true
    let region = SendableBox(arena)
    Thread { caveat_tree_arena_destroy(region.value) }.start()
  }

  /// Bytes reserved for the tree (for tests and diagnostics).
  var treeBytes: Int { caveat_tree_arena_reserved(arena) }

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
  ///   - baseURL: The page's URL, if known (used only to resolve nothing; kept for libxml2).
  ///   - direct: Try the direct tree builder first (`CTreeBuilder`): it links the tree libxml2
  ///     would build straight from the bytes, several times faster, and gives up on anything
  ///     whose tree it does not reproduce, in which case libxml2 parses the page as usual.
  /// - Returns: The document, or `nil` when libxml2 produced no tree at all.
  public static func parse(utf8 bytes: [UInt8], baseURL: String? = nil, direct: Bool = false) -> HTMLDocument? {
    LibXML2.initialize()
    guard bytes.count < Int(Int32.max) else { return nil }
    if direct, LibXML2.treeBuilderReady, let document = build(bytes) { return document }
    guard let context = htmlNewParserCtxt() else { return nil }
    guard let arena = caveat_tree_arena_create() else {
      htmlFreeParserCtxt(context)
      return nil
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
    // left for the arena to take).
    caveat_tree_arena_set_current(arena)
    let document: htmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
      buffer.withMemoryRebound(to: CChar.self) { chars in
        htmlCtxtReadMemory(
          context, chars.baseAddress, Int32(chars.count), baseURL, "UTF-8", options)
      }
    }
    xmlResetLastError()
    caveat_tree_arena_set_current(nil)
    htmlFreeParserCtxt(context)
    guard let document else {
      caveat_tree_arena_destroy(arena)
      return nil
    }
    return HTMLDocument(pointer: document, arena: arena, truncation: collector.truncation)
  }

  /// The direct builder's tree, in a region of its own; `nil` when it gave up (the region and
  /// whatever it built so far are freed).
  private static func build(_ bytes: [UInt8]) -> HTMLDocument? {
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
    return HTMLDocument(
      pointer: built.assumingMemoryBound(to: xmlDoc.self), arena: arena, truncation: [], builtDirectly: true)
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
}

/// Collects the parse errors that mean the tree is incomplete.
private final class ParseErrorCollector {
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

/// One-time libxml2 set-up.
public enum LibXML2 {
  private static let once: Bool = {
    // Before anything else of libxml2's: every block it frees must have come from these.
    xmlGcMemSetup(
      caveat_tree_arena_free, caveat_tree_arena_malloc, caveat_tree_arena_malloc, caveat_tree_arena_realloc,
      caveat_tree_arena_strdup)
    xmlInitParser()
    return caveat_tree_builder_init() == 0
  }()

  /// Whether the direct tree builder found the parser tables it needs in this libxml2.
  static var treeBuilderReady: Bool { once }

  /// Initialises libxml2 once. Call it early on the main thread before parsing concurrently;
  /// calling it again is free. Never pairs with `xmlCleanupParser()`, which is unsafe while
  /// any other thread may still parse.
  public static func initialize() { _ = once }
}
