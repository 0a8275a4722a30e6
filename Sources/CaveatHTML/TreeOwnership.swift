import CLibXML2
import CTreeArena
import CTreeBuilder

/// A document's tree and the memory it lives in, which says how it is freed.
///
/// `@unchecked Sendable`: the pointers go to one other thread only when their document lets go
/// of them (``HTMLDocument`` frees a very large tree in the background), and nothing else reads
/// them from then on.
struct TreeOwnership: @unchecked Sendable {
  /// Where the tree's memory came from.
  enum Memory {
    /// All of it from one region (libxml2 allocates from regions, or the builder's tree when
    /// it does): destroying the region frees the tree.
    case region(OpaquePointer)
    /// The direct builder's tree while libxml2 keeps its own allocator: the nodes are in the
    /// region, the document node and its DTD are libxml2's.
    case builtInRegion(OpaquePointer)
    /// libxml2's parse with its own allocator: `xmlFreeDoc` frees it.
    case libxml2
  }

  let document: htmlDocPtr
  let memory: Memory

  /// Frees the tree; nothing of it may be read afterwards.
  func free() {
    switch memory {
    case .region(let region):
      caveat_tree_arena_destroy(region)
    case .builtInRegion(let region):
      caveat_tree_release_shell(document)
      caveat_tree_arena_destroy(region)
    case .libxml2:
      xmlFreeDoc(document)
    }
  }

  /// Bytes the tree's region has reserved (0 when libxml2 allocated it with its own allocator).
  var regionBytes: Int {
    switch memory {
    case .region(let region), .builtInRegion(let region): return caveat_tree_arena_reserved(region)
    case .libxml2: return 0
    }
  }
}
