import CLibXML2

/// XPath through libxml2, for what the element index does not answer.
enum XPathQuery {
  static func nodes(
    _ expression: String, in document: HTMLDocument, context: xmlNodePtr?
  ) throws(HTMLExtractionError) -> [HTMLNode] {
    try nodes(expression, in: document, contexts: [context])
  }

  /// Evaluates one expression from each of `contexts` (compiled once), concatenating results
  /// without repeats.
  static func nodes(
    _ expression: String, in document: HTMLDocument, contexts: [xmlNodePtr?]
  ) throws(HTMLExtractionError) -> [HTMLNode] {
    guard let xpath = xmlXPathNewContext(document.pointer) else { return [] }
    defer { xmlXPathFreeContext(xpath) }
    // A per-context handler keeps XPath errors off stderr; the code is read back below.
    xpath.pointee.error = { _, _ in }
    guard let compiled = xmlXPathCtxtCompile(xpath, XPathRewriter.fastDescendants(expression)) else {
      throw .invalidXPath(expression: expression, code: xpath.pointee.lastError.code)
    }
    defer { xmlXPathFreeCompExpr(compiled) }
    var nodes: [HTMLNode] = []
    var seen = Set<UnsafeMutableRawPointer>()
    // With no context node, relative paths start at the document, as for an absolute path.
    let documentNode = UnsafeMutableRawPointer(document.pointer).assumingMemoryBound(to: xmlNode.self)
    for context in contexts {
      xpath.pointee.node = context ?? documentNode
      guard let result = xmlXPathCompiledEval(compiled, xpath) else {
        throw .invalidXPath(expression: expression, code: xpath.pointee.lastError.code)
      }
      defer { xmlXPathFreeObject(result) }
      guard result.pointee.type == XPATH_NODESET, let set = result.pointee.nodesetval else { continue }
      let count = Int(set.pointee.nodeNr)
      guard count > 0, let table = set.pointee.nodeTab else { continue }
      nodes.reserveCapacity(nodes.count + count)
      for index in 0..<count {
        guard let node = table[index] else { continue }
        if contexts.count > 1, !seen.insert(UnsafeMutableRawPointer(node)).inserted { continue }
        nodes.append(HTMLNode(document: document, pointer: node))
      }
    }
    return nodes
  }
}
