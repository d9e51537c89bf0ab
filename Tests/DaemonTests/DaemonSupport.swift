// End-to-end tests start the real dalabad binary.
