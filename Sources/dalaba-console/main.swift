import Console
import Speech

// A child that synthesizes one 插播 preview with a fresh libespeak-ng, then exits (as dalabad's
// own workers, Synthesizer.isolate): nothing else of the console starts in it.
SynthesisWorker.serveIfAsked()
// The township's web console (docs/console.md, systemd/dalaba-console.service).
await ConsoleCommand.start()
