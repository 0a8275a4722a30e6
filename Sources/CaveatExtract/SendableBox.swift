/// Hands a value that is not `Sendable` to exactly one other thread, which owns it from then
/// on (or reads it while the sender waits to join): the caller promises there is no concurrent
/// mutation.
struct SendableBox<Value>: @unchecked Sendable {
  let value: Value
  init(_ value: Value) { self.value = value }
}
