import DalabaCLI

await Dalaba.runAndExit()
