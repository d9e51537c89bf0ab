import DalabaCLI

await Dalaba.main()
