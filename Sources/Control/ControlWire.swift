// The wire protocol (requests, replies, the client) is its own module so that the `dalaba`
// client links no Station; everything that imports Control keeps seeing it.
@_exported import ControlWire
