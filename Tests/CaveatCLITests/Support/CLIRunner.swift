import CaveatTestSupport
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What one run of a program produced.
struct CLIResult: Sendable {
  /// The exit status (or, for a process killed by a signal, the signal number).
  var status: Int32
  /// Everything written to standard output (from a terminal: with "\r\n" line ends).
  var stdout: Data
  /// Everything written to standard error.
  var stderr: Data
  /// Wall-clock time from launch to exit, in seconds.
  var seconds: Double

  /// Standard output decoded as UTF-8 (invalid bytes repaired).
  var stdoutText: String { String(decoding: stdout, as: UTF8.self) }
  /// Standard error decoded as UTF-8 (invalid bytes repaired).
  var stderrText: String { String(decoding: stderr, as: UTF8.self) }
  /// Whether standard output holds an ESC byte (the start of every ANSI colour sequence).
  var stdoutHasEscape: Bool { stdout.contains(0x1B) }
}

/// Why a program could not be run to completion.
enum CLIRunnerError: Error, CustomStringConvertible {
  /// No `caveat` executable was found next to the test bundle or in the package's build folder.
  case executableNotFound(searched: [String])
  /// The program did not exit within the time limit and was killed.
  case timedOut(program: String, arguments: [String], seconds: Double)
  /// The pseudo-terminal used as standard output could not be set up.
  case terminalUnavailable(String)

  var description: String {
    switch self {
    case .executableNotFound(let searched):
      return "The `caveat` executable was not found; build it first "
        + "(`swift build --build-tests`). Looked in: \(searched.joined(separator: ", "))"
    case .timedOut(let program, let arguments, let seconds):
      return "\(program) \(arguments.joined(separator: " ")) did not exit within \(Int(seconds)) s and was killed"
    case .terminalUnavailable(let reason):
      return "Could not open a pseudo-terminal: \(reason)"
    }
  }
}

/// Runs the `caveat` executable (or another program) with Foundation's `Process`, capturing
/// standard output, standard error and the exit status, and killing it after a time limit.
enum CLIRunner {
  /// Where standard input comes from.
  enum Input: Sendable {
    /// /dev/null.
    case null
    /// A pipe that receives these bytes and is then closed.
    case bytes(Data)
  }

  /// Where standard output goes.
  enum Output: Sendable {
    /// A pipe (not a terminal).
    case pipe
    /// A pseudo-terminal, so that `isatty(1)` is true in the child.
    case terminal
  }

  /// Seconds a program may run before it is killed.
  static let timeout: Double = 20

  /// The `caveat` executable: the one built alongside the running test bundle, else the
  /// package's `.build/debug/caveat`.
  static let executable: Result<URL, CLIRunnerError> = {
    let candidates = executableCandidates()
    for candidate in candidates where isExecutableFile(candidate) {
      return .success(candidate)
    }
    return .failure(.executableNotFound(searched: candidates.map(\.path)))
  }()

  /// Runs `caveat` with `arguments`.
  static func caveat(
    _ arguments: [String], input: Input = .null, output: Output = .pipe,
    environment: [String: String] = [:], currentDirectory: URL? = nil, timeout: Double = CLIRunner.timeout
  ) async throws -> CLIResult {
    let program = try executable.get()
    return try await run(
      program, arguments, input: input, output: output, environment: environment,
      currentDirectory: currentDirectory, timeout: timeout)
  }

  /// Runs `program` with `arguments`. The child sees this process's environment without
  /// NO_COLOR, then `environment` on top. Throws ``CLIRunnerError/timedOut(program:arguments:seconds:)``
  /// when the program had to be killed.
  static func run(
    _ program: URL, _ arguments: [String], input: Input = .null, output: Output = .pipe,
    environment: [String: String] = [:], currentDirectory: URL? = nil, timeout: Double = CLIRunner.timeout
  ) async throws -> CLIResult {
    ignoreBrokenPipes
    let process = Process()
    process.executableURL = program
    process.arguments = arguments
    var childEnvironment = ProcessInfo.processInfo.environment
    childEnvironment["NO_COLOR"] = nil
    childEnvironment.merge(environment) { _, new in new }
    process.environment = childEnvironment
    if let currentDirectory { process.currentDirectoryURL = currentDirectory }

    let stdinPipe: Pipe?
    switch input {
    case .null:
      stdinPipe = nil
      process.standardInput = FileHandle(forReadingAtPath: "/dev/null")
    case .bytes:
      let pipe = Pipe()
      stdinPipe = pipe
      process.standardInput = pipe
    }

    let stdoutReadFD: Int32
    var terminalSlave: FileHandle?
    switch output {
    case .pipe:
      let stdoutPipe = Pipe()
      process.standardOutput = stdoutPipe
      stdoutReadFD = stdoutPipe.fileHandleForReading.fileDescriptor
    case .terminal:
      let (master, slave) = try openTerminal()
      let slaveHandle = FileHandle(fileDescriptor: slave, closeOnDealloc: true)
      terminalSlave = slaveHandle
      process.standardOutput = slaveHandle
      stdoutReadFD = master
    }
    let stderrPipe = Pipe()
    process.standardError = stderrPipe

    let state = RunState()
    let group = DispatchGroup()
    group.enter()
    process.terminationHandler = { _ in
      state.markExited()
      group.leave()
    }
    let start = Date()
    do {
      try process.run()
    } catch {
      if output == .terminal { close(stdoutReadFD) }
      throw error
    }
    // The child holds its own copies now; without closing ours the readers never see EOF.
    try terminalSlave?.close()

    let stdoutBuffer = ByteBuffer()
    let stderrBuffer = ByteBuffer()
    let stderrReadFD = stderrPipe.fileHandleForReading.fileDescriptor
    for (fd, buffer) in [(stdoutReadFD, stdoutBuffer), (stderrReadFD, stderrBuffer)] {
      group.enter()
      DispatchQueue.global().async {
        buffer.readToEnd(fd)
        group.leave()
      }
    }
    if case .bytes(let data) = input, let writer = stdinPipe?.fileHandleForWriting {
      DispatchQueue.global().async {
        try? writer.write(contentsOf: data)
        try? writer.close()
      }
    }

    let pid = process.processIdentifier
    DispatchQueue.global().asyncAfter(deadline: .now() + timeout) {
      state.killIfRunning(pid)
    }
    await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
      group.notify(queue: .global()) { continuation.resume() }
    }
    if output == .terminal { close(stdoutReadFD) }
    let seconds = Date().timeIntervalSince(start)
    if state.wasKilled {
      throw CLIRunnerError.timedOut(program: program.path, arguments: arguments, seconds: timeout)
    }
    return CLIResult(
      status: process.terminationStatus, stdout: stdoutBuffer.data, stderr: stderrBuffer.data,
      seconds: seconds)
  }

  /// Writes to a pipe whose reader has gone away must fail with EPIPE, not kill the tests.
  private static let ignoreBrokenPipes: Void = {
    signal(SIGPIPE, SIG_IGN)
  }()

  /// Opens a pseudo-terminal pair: the master (read by the tests) and the slave (the child's
  /// standard output).
  private static func openTerminal() throws -> (master: Int32, slave: Int32) {
    let api = try TerminalAPI.shared.get()
    let master = api.openpt(O_RDWR | O_NOCTTY)
    guard master >= 0 else { throw CLIRunnerError.terminalUnavailable("posix_openpt: errno \(errno)") }
    guard api.grantpt(master) == 0, api.unlockpt(master) == 0 else {
      close(master)
      throw CLIRunnerError.terminalUnavailable("grantpt/unlockpt: errno \(errno)")
    }
    var name = [CChar](repeating: 0, count: 256)
    guard api.ptsname(master, &name, name.count) == 0 else {
      close(master)
      throw CLIRunnerError.terminalUnavailable("ptsname_r: errno \(errno)")
    }
    let slave = open(name, O_RDWR | O_NOCTTY)
    guard slave >= 0 else {
      close(master)
      throw CLIRunnerError.terminalUnavailable("open slave: errno \(errno)")
    }
    return (master, slave)
  }

  /// Places to look for `caveat`, best first: beside the running test bundle (whichever
  /// scratch path built it), then the package's default build folder.
  private static func executableCandidates() -> [URL] {
    var folders: [URL] = []
    let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
    if let first = CommandLine.arguments.first, !first.isEmpty {
      let binary = URL(fileURLWithPath: first, relativeTo: cwd).standardizedFileURL
      folders.append(binary.resolvingSymlinksInPath().deletingLastPathComponent())
      folders.append(binary.deletingLastPathComponent())
    }
    folders.append(Bundle.main.bundleURL)
    if let executable = Bundle.main.executableURL { folders.append(executable.deletingLastPathComponent()) }
    for bundle in Bundle.allBundles where bundle.bundleURL.pathExtension == "xctest" {
      folders.append(bundle.bundleURL.deletingLastPathComponent())
    }
    var candidates: [URL] = []
    for folder in folders {
      // On macOS the test binary sits in CaveatPackageTests.xctest/Contents/MacOS.
      var url = folder
      for _ in 0..<4 {
        candidates.append(url.appendingPathComponent("caveat"))
        url.deleteLastPathComponent()
      }
    }
    candidates.append(TestPaths.repository.appendingPathComponent(".build/debug/caveat"))
    var seen = Set<String>()
    return candidates.filter { seen.insert($0.standardizedFileURL.path).inserted }
  }

  /// True for an executable regular file.
  private static func isExecutableFile(_ url: URL) -> Bool {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue
    else { return false }
    return FileManager.default.isExecutableFile(atPath: url.path)
  }
}

/// Bytes read from one descriptor on a background queue.
private final class ByteBuffer: @unchecked Sendable {
  private let lock = NSLock()
  private var bytes = Data()

  /// The bytes read so far.
  var data: Data { lock.withLock { bytes } }

  /// Reads `fd` until end of file or an error (a pseudo-terminal master reports EIO once the
  /// child is gone).
  func readToEnd(_ fd: Int32) {
    var chunk = [UInt8](repeating: 0, count: 64 * 1024)
    while true {
      let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
      if count < 0 && errno == EINTR { continue }
      if count <= 0 { return }
      lock.withLock { bytes.append(contentsOf: chunk[0..<count]) }
    }
  }
}

/// Whether the child has exited, and whether it had to be killed.
private final class RunState: @unchecked Sendable {
  private let lock = NSLock()
  private var exited = false
  private var killed = false

  /// True when the child was killed for running too long.
  var wasKilled: Bool { lock.withLock { killed } }

  /// Records that the child has exited.
  func markExited() { lock.withLock { exited = true } }

  /// Kills `pid` unless it has already exited; returns whether it was killed.
  @discardableResult
  func killIfRunning(_ pid: Int32) -> Bool {
    lock.withLock {
      guard !exited else { return false }
      killed = true
      kill(pid, SIGKILL)
      return true
    }
  }
}

/// The C pseudo-terminal functions. Swift's Glibc module leaves them out (they need
/// _XOPEN_SOURCE), so they are looked up by name, as `caveat` itself does for mallopt.
private struct TerminalAPI: @unchecked Sendable {
  typealias OpenPT = @convention(c) (Int32) -> Int32
  typealias OnDescriptor = @convention(c) (Int32) -> Int32
  typealias PTSName = @convention(c) (Int32, UnsafeMutablePointer<CChar>, Int) -> Int32

  let openpt: OpenPT
  let grantpt: OnDescriptor
  let unlockpt: OnDescriptor
  let ptsname: PTSName

  /// The functions of the running C library, or why they are unavailable.
  static let shared: Result<TerminalAPI, CLIRunnerError> = {
    let process = dlopen(nil, RTLD_NOW)
    func symbol<T>(_ name: String, as type: T.Type) -> T? {
      guard let pointer = dlsym(process, name) else { return nil }
      return unsafeBitCast(pointer, to: type)
    }
    guard let openpt = symbol("posix_openpt", as: OpenPT.self),
      let grantpt = symbol("grantpt", as: OnDescriptor.self),
      let unlockpt = symbol("unlockpt", as: OnDescriptor.self),
      let ptsname = symbol("ptsname_r", as: PTSName.self)
    else { return .failure(.terminalUnavailable("posix_openpt, grantpt, unlockpt or ptsname_r not found")) }
    return .success(TerminalAPI(openpt: openpt, grantpt: grantpt, unlockpt: unlockpt, ptsname: ptsname))
  }()
}
