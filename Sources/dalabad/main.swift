// dalabad: the station daemon. Everything is in the Station and Control modules.
