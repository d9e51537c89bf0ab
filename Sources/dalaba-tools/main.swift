import DalabaCLI

// The whole command line; `dalaba` (Sources/dalaba) execs this for what it does not run itself.
await Dalaba.runAndExit()
