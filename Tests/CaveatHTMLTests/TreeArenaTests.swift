import CTreeArena
import Foundation
import Testing

@testable import CaveatHTML

/// The region allocator the direct builder (and libxml2, once installed) builds trees in.
@Suite("Tree arena")
struct TreeArenaTests {
  @Test func outsideAnArenaBlocksComeFromMallocAndGrowInPlace() throws {
    let block = try #require(caveat_tree_arena_malloc(100))
    memset(block, 0x41, 100)
    let grown = try #require(caveat_tree_arena_realloc(block, 100_000))
    #expect(grown.load(fromByteOffset: 99, as: UInt8.self) == 0x41)
    caveat_tree_arena_free(grown)
    caveat_tree_arena_free(nil)
    let copy = try #require(caveat_tree_arena_strdup("kept"))
    #expect(String(cString: copy) == "kept")
    caveat_tree_arena_free(copy)
  }

  @Test func insideAnArenaBlocksAreRecycledByTheirOwnerAndFreedWithIt() throws {
    let arena = try #require(caveat_tree_arena_create())
    caveat_tree_arena_set_current(arena)
    let first = try #require(caveat_tree_arena_malloc(40))
    #expect(caveat_tree_arena_reserved(arena) > 0)
    caveat_tree_arena_free(first)
    // A freed small block is handed out again for the same size while its arena is current.
    #expect(caveat_tree_arena_malloc(40) == first)
    // Many blocks: every one is distinct and keeps what was written to it.
    var blocks: [UnsafeMutableRawPointer] = []
    for index in 0..<20_000 {
      let block = try #require(caveat_tree_arena_malloc(8 + index % 300))
      block.storeBytes(of: index, as: Int.self)
      blocks.append(block)
    }
    for (index, block) in blocks.enumerated() { #expect(block.load(as: Int.self) == index) }
    #expect(Set(blocks).count == blocks.count)
    // Growing an arena block copies it.
    let small = try #require(caveat_tree_arena_strdup("text node"))
    let grown = try #require(caveat_tree_arena_realloc(small, 1000))
    #expect(String(cString: grown.assumingMemoryBound(to: CChar.self)) == "text node")
    // A large block has a chunk of its own, given back as soon as it is freed.
    let before = caveat_tree_arena_reserved(arena)
    let large = try #require(caveat_tree_arena_malloc(1 << 20))
    #expect(caveat_tree_arena_reserved(arena) > before + (1 << 20))
    caveat_tree_arena_free(large)
    #expect(caveat_tree_arena_reserved(arena) == before)
    caveat_tree_arena_set_current(nil)
    // With no arena current, freeing an arena block leaves it to the arena.
    caveat_tree_arena_free(blocks[0])
    #expect(blocks[1].load(as: Int.self) == 1)
    caveat_tree_arena_destroy(arena)
  }

  /// Pages parsed on many threads at once, by libxml2 and by the direct builder in turn: the
  /// builder's tree is always in a region of its own, libxml2's only when the region allocator
  /// is installed (`HTMLEngine.installProcessTuning`, which tests do not call).
  @Test func documentsLiveInTheirOwnRegionOnManyThreadsAtOnce() async throws {
    let review = "<div class=\"r\" data-x=\"1\">review <b>text</b></div>"
    let page = "<html><body>" + String(repeating: review, count: 2000) + "</body></html>"
    let regions = HTMLEngine.setUp.regionAllocator
    let builder = HTMLEngine.directBuilder.isEnabled
    try await withThrowingTaskGroup(of: Int.self) { group in
      for _ in 0..<8 {
        group.addTask {
          var total = 0
          for round in 0..<20 {
            let document = try #require(HTMLDocument.parse(utf8: Array(page.utf8), direct: round % 2 == 0))
            #expect(document.builtDirectly == (builder && round % 2 == 0))
            if document.builtDirectly || regions {
              #expect(document.treeBytes > 100_000)
            } else {
              #expect(document.treeBytes == 0)
            }
            total += try document.select("//div[@class='r']/b").count
          }
          return total
        }
      }
      for try await count in group { #expect(count == 20 * 2000) }
    }
  }
}
