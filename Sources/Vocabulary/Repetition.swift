/// How often an announcement is read in a row and how long the silence between readings is:
/// the same bounds and the same default for schedule files, `dalaba say`, `dalaba preview` and
/// the renderer, so that a preview lasts exactly as long as the broadcast.
public enum Repetition {
    /// Readings in a row (`repeat:`, `--repeat`).
    public static let counts = 1...10
    /// Seconds of silence between two readings when nothing says otherwise.
    public static let defaultGap: Double = 3
}
