import Foundation
import Logging

/// The CLI's logger: silent unless `SILOSCOPE_LOG` names a level (`info`, `debug`,
/// `trace`), then on standard error. Output files and standard output are unaffected.
enum Log {
    /// The shared logger, configured on first use.
    static let logger: Logger = {
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
        return Logger(label: "siloscope")
    }()

    /// The level from `SILOSCOPE_LOG`, default `warning`.
    static var level: Logger.Level {
        ProcessInfo.processInfo.environment["SILOSCOPE_LOG"].flatMap { Logger.Level(rawValue: $0.lowercased()) } ?? .warning
    }
}
