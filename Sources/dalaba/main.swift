import DalabaControl

// The control commands start here, in a small static binary; the rest is dalaba-tools.
LightDalaba.main()
