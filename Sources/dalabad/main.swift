// dalabad: the station daemon. Its options, wiring, reloads and shutdown live in the
// StationDaemon library (DaemonOptions, Daemon), so that tests can build a daemon too.
import Speech
import StationDaemon

// A child that synthesizes one announcement with a fresh libespeak-ng, then exits
// (Synthesizer.isolate): nothing else of the daemon starts in it.
SynthesisWorker.serveIfAsked()
DaemonOptions.main()
