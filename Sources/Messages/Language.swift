// Which language the person at the terminal reads, by the POSIX rule, decided once.
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The two languages every clerk-facing text exists in.
public enum Language: String, Sendable, CaseIterable, Codable {
    case english = "en"
    case chinese = "zh"

    /// The process's language, read once from the environment (`getenv` only: no locale
    /// database is loaded, so the light client's start-up does not pay for it).
    public static let current: Language = fromEnvironment { name in
        getenv(name).map { String(cString: $0) }
    }

    /// The POSIX rule for messages: the first of `LC_ALL`, `LC_MESSAGES`, `LANG` that is set and
    /// not empty decides; a value starting with `zh` (`zh_CN.UTF-8`, `zh_TW`, `zh`) is Chinese,
    /// anything else (`C`, `C.UTF-8`, `en_US.UTF-8`, `POSIX`) English. GNU's `LANGUAGE` list is
    /// not consulted: it only refines a locale that is already not `C`, and we have two languages.
    public static func fromEnvironment(_ lookup: (String) -> String?) -> Language {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = lookup(name), !value.isEmpty else { continue }
            return value.hasPrefix("zh") ? .chinese : .english
        }
        return .english
    }
}
