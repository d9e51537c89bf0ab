import HubCommands

// The township's commands; `dalaba hub …` execs this binary (docs/hub.md).
await HubCommand.start()
