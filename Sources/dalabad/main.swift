// dalabad: the station daemon. Its options, wiring, reloads and shutdown live in the
// StationDaemon library (DaemonOptions, Daemon), so that tests can build a daemon too.
import StationDaemon

DaemonOptions.main()
