// dalabad: the station daemon. Options in DaemonOptions, wiring in Daemon.
DaemonOptions.main()
