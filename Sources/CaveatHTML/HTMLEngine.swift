import CLibXML2
import CTreeArena
import CaveatCore
import Foundation

/// The HTML engine's process-wide side: the one opt-in tuning call, and what the engine
/// decided about the direct tree builder.
///
/// The engine needs no set-up: the first parse (or the first look at ``directBuilder``) runs
/// libxml2's own initialisation (`xmlInitParser`) once, on whichever thread gets there first,
/// and checks the direct builder. That initialisation only fills libxml2's internal tables;
/// it changes nothing else code in the process could see. `xmlCleanupParser` is never called
/// (it is unsafe while another thread may still parse).
///
/// Everything that does change the process (libxml2's allocator, glibc's malloc settings) is
/// done by ``installProcessTuning()`` alone, which a program calls once at start, or never.
public enum HTMLEngine {
  /// Whether the direct tree builder makes trees in this process, or why not.
  ///
  /// The builder reproduces libxml2 2.9.14's trees (see ``DirectBuilderStatus``); it is on only
  /// when the libxml2 the process runs is that version and a few probe pages come out the same
  /// both ways. Reading this sets libxml2 up if nothing has yet.
  public static var directBuilder: DirectBuilderStatus { setUp.directBuilder }

  /// Tunes the process for reading many large pages: call it once at the start of a program,
  /// before anything in the process uses libxml2. A library user who never calls it gets
  /// libxml2's own allocator and glibc's defaults, and the same trees.
  ///
  /// It changes, for the whole process:
  /// - libxml2's allocator (`xmlGcMemSetup`), to the region allocator of `CTreeArena`. libxml2
  ///   makes about eight allocations per element and frees them one by one; with the region
  ///   allocator a page's tree is allocated in a region of its own and freed at once, which
  ///   makes building and freeing large trees several times cheaper. Every libxml2 block on any
  ///   thread then carries a 16-byte header; blocks made outside a parse come from `malloc`.
  ///   A block libxml2 allocated before the swap must never be freed through the new
  ///   allocator, hence the rule above: when this engine has already set libxml2 up (a page was
  ///   parsed), the allocator is left as it is and the call returns `false`. It cannot be
  ///   undone.
  /// - glibc's malloc settings (`mallopt`, looked up by name; skipped where there is none):
  ///   no fast bins (`M_MXFAST` 0), since glibc merges every freed fast-bin block at the next
  ///   large allocation, which took a third of a second after freeing a big page's tree; and a
  ///   64 MB `M_TOP_PAD`, so that a thread's new 64 MB heap is made writable at once instead of
  ///   one `mprotect` call per 4 KB (a hundred thousand system calls for a 400 MB tree). Pages
  ///   are still only backed by memory when first touched.
  ///
  /// It also sets libxml2 up and checks the direct builder, so the first page does not pay for
  /// it. Calling it again changes nothing.
  ///
  /// - Returns: Whether libxml2 allocates from regions from now on.
  @discardableResult
  public static func installProcessTuning() -> Bool {
    tuneMalloc()
    tuning.withLock { state in
      if !state.libxml2SetUp { state.regionAllocatorRequested = true }
    }
    return setUp.regionAllocator
  }

  /// What installing the tuning asked for, read once when libxml2 is set up.
  private struct TuningState: Sendable {
    var regionAllocatorRequested = false
    var libxml2SetUp = false
  }

  private static let tuning = Locked(TuningState())

  /// libxml2, set up once (Swift runs a static's initialiser exactly once, and makes other
  /// threads wait for it).
  static let setUp: EngineSetUp = {
    let regions = tuning.withLock { state in
      state.libxml2SetUp = true
      return state.regionAllocatorRequested
    }
    if regions {
      // Before anything else of libxml2's: every block it frees must have come from these.
      xmlGcMemSetup(
        caveat_tree_arena_free, caveat_tree_arena_malloc, caveat_tree_arena_malloc, caveat_tree_arena_realloc,
        caveat_tree_arena_strdup)
    }
    xmlInitParser()
    let builder = DirectBuilderCheck.status(
      libxml2Version: libxml2Version, probes: { DirectBuilderCheck.probeMismatch(regionAllocator: regions) })
    return EngineSetUp(regionAllocator: regions, directBuilder: builder)
  }()

  /// The version of the libxml2 the process runs, as libxml2 gives it ("20914" for 2.9.14).
  static var libxml2Version: String { String(cString: clibxml2_parser_version()) }

  /// See ``installProcessTuning()``: glibc's `mallopt`, which Swift's Glibc module does not
  /// declare (it is in malloc.h), so it is looked up by name.
  private static func tuneMalloc() {
    guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") else { return }
    typealias MallOpt = @convention(c) (Int32, Int32) -> Int32
    let mallopt = unsafeBitCast(symbol, to: MallOpt.self)
    let mxFast: Int32 = 1  // M_MXFAST
    let topPad: Int32 = -2  // M_TOP_PAD
    _ = mallopt(mxFast, 0)
    _ = mallopt(topPad, 64 << 20)
  }
}
