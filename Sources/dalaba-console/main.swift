import Console

// The township's web console (docs/console.md, systemd/dalaba-console.service).
await ConsoleCommand.start()
