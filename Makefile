# Two set-up commands (README): `make run` and `make test`. Both install what they need.
SWIFT ?= swift
APT_PACKAGES = libespeak-ng-dev libasound2-dev espeak-ng-data pkg-config tzdata

.PHONY: deps build release run test bench clean

# Installs the Debian packages the build and the tests need, only when one is missing.
deps:
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  SUDO=""; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing; \
	fi

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release

run: release
	.build/release/dalaba preview --voices voices -o out/sample.wav "ge4 wei4 cun1min2 qing3 zhu4yi4"

test: deps
	$(SWIFT) test

bench: release
	.build/release/dalaba-bench
	@for s in tools/bench/*.sh; do [ -f "$$s" ] && bash "$$s"; done; true

clean:
	rm -rf .build
