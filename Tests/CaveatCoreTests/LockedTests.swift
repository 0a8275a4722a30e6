import CaveatCore
import Dispatch
import Testing

@Suite struct LockedTests {
  @Test func concurrentChangesAreNotLost() {
    let counts = Locked<[Int: Int]>([:])
    DispatchQueue.concurrentPerform(iterations: 8) { _ in
      for step in 0..<1000 {
        counts.withLock { $0[step % 10, default: 0] += 1 }
      }
    }
    let total = counts.withLock { $0.values.reduce(0, +) }
    #expect(total == 8000)
    #expect(counts.withLock { $0.count } == 10)
  }

  @Test func anErrorThrownInsideReleasesTheLock() {
    struct Stop: Error {}
    let value = Locked(1)
    #expect(throws: Stop.self) {
      try value.withLock { _ in throw Stop() }
    }
    #expect(value.withLock { $0 } == 1)
  }
}
