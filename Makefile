# The two set-up commands (README): `make run` and `make test`. Both install what they need.
# `make install` is the admin's (see README, "Installing on the station box").
SWIFT ?= swift
PREFIX ?= /usr/local
DESTDIR ?=
SYSCONFDIR ?= /etc
# Where the binaries to install come from (tests install debug builds).
BUILD_DIR ?= .build/release
# `make install` strips the binaries (STRIP=-s); the tests' installs keep their symbols.
STRIP ?=
# chromium, chromium-driver, fonts-wqy-microhei (Chinese glyphs in the screenshots) and wrk: the
# web console's browser tests and bench (docs/console.md).
APT_PACKAGES = libespeak-ng-dev libasound2-dev libsqlite3-dev espeak-ng espeak-ng-data pkg-config tzdata systemd util-linux passwd \
  libsndfile1-dev libsoxr-dev libebur128-dev ffmpeg sox \
  postgresql openssl \
  chromium chromium-driver fonts-wqy-microhei wrk
# `make bench` compares `dalaba status` with MPD's client against its own idle mpd.
# tools/bench/recording.sh compares libsoxr with libsamplerate (docs/audio.md).
BENCH_PACKAGES = mpd mpc python3 libsamplerate0-dev

BIN = $(DESTDIR)$(PREFIX)/bin
SHARE = $(DESTDIR)$(PREFIX)/share
LIB = $(DESTDIR)$(PREFIX)/lib
# dalaba-tools (the full command line) lives here; `dalaba` execs it for preview, pinyin, schedule…
LIBEXEC = $(DESTDIR)$(PREFIX)/libexec/dalaba
ETC = $(DESTDIR)$(SYSCONFDIR)/dalaba

.PHONY: deps bench-deps install-packages build release release-hub release-console run test bench bench-console screenshots install install-only uninstall clean man

# Installs the Debian packages the build and the tests need, only those missing.
deps:
	@$(MAKE) --no-print-directory install-packages PACKAGES="$(APT_PACKAGES)"

bench-deps:
	@$(MAKE) --no-print-directory install-packages PACKAGES="$(BENCH_PACKAGES)"

install-packages:
	@missing=""; for p in $(PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  SUDO=""; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing; \
	fi

build: deps
	$(SWIFT) build

# The Swift runtime and Foundation are linked in statically: the installed binaries then need
# no Swift toolchain on the station box, and start in a third of the time (no dynamic loading of
# the Swift libraries). `dalaba` itself is a fully static executable (Package.swift).
# Product by product: a bare `swift build -c release` would also build the test-support
# targets, which import XCTest, and there is no static XCTest. The station's programs come first,
# so `make run` does not wait for the hub's (postgres-nio, a few minutes more on a first build).
STATION_PRODUCTS = dalaba dalabad dalaba-tools
HUB_PRODUCTS = dalaba-hub dalaba-link
# The township's web console (docs/console.md), installed beside the hub's commands.
CONSOLE_PRODUCTS = dalaba-console
release: deps
	@for p in $(STATION_PRODUCTS); do $(SWIFT) build -c release --static-swift-stdlib --product $$p || exit 1; done

release-hub: deps
	@for p in $(HUB_PRODUCTS); do $(SWIFT) build -c release --static-swift-stdlib --product $$p || exit 1; done

release-console: deps
	@for p in $(CONSOLE_PRODUCTS); do $(SWIFT) build -c release --static-swift-stdlib --product $$p || exit 1; done

run: release
	@echo "dalabad: schedules/, voices/, state in ./state; from another terminal: .build/release/dalaba status"
	.build/release/dalabad --schedules schedules --voices voices --state state

test: deps
	$(SWIFT) test

bench: release bench-deps
	$(SWIFT) build -c release --static-swift-stdlib --product dalaba-bench
	.build/release/dalaba-bench
	@for s in tools/bench/*.sh; do [ -f "$$s" ] && bash "$$s"; done; true

# The web console's overview of 300 villages under 20 concurrent clients (wrk, docs/console.md
# "Measured"): a release dalaba-console against a throwaway hub; prints wrk's figures and p95.
bench-console: deps
	$(SWIFT) build -c release --product dalaba-console
	$(SWIFT) build --build-tests
	DALABA_BENCH_CONSOLE=1 DALABA_CONSOLE_BIN=$(CURDIR)/.build/release/dalaba-console \
	  $(SWIFT) test --skip-build --filter ConsoleBenchTests

# The console's pages at 360 px and 1280 px, taken by headless Chromium, into docs/screenshots/.
screenshots: deps
	$(SWIFT) build --build-tests
	DALABA_SCREENSHOTS=$(CURDIR)/docs/screenshots $(SWIFT) test --skip-build --filter ConsoleBrowserTests/testScreenshotsOfEachMainPage

install: release release-hub release-console
	$(MAKE) --no-print-directory install-only STRIP=-s
	@if [ -z "$(DESTDIR)" ] && [ "$$(id -u)" = 0 ] && command -v systemd-sysusers >/dev/null; then \
	  systemd-sysusers $(PREFIX)/lib/sysusers.d/dalaba.conf; \
	  systemd-tmpfiles --create $(PREFIX)/lib/tmpfiles.d/dalaba.conf; \
	  systemctl daemon-reload 2>/dev/null || true; \
	  echo "installed; start it with: systemctl enable --now dalabad"; \
	fi

# Copies an already built tree. The clerk's files in $(SYSCONFDIR)/dalaba are never overwritten:
# sample schedules go in only when the schedules folder is absent or empty.
install-only:
	install -d $(BIN) $(SHARE)/dalaba/voices/mandarin $(SHARE)/dalaba/examples/schedules $(SHARE)/doc/dalaba \
	  $(LIB)/systemd/system $(LIB)/sysusers.d $(LIB)/tmpfiles.d \
	  $(SHARE)/bash-completion/completions $(SHARE)/zsh/site-functions $(SHARE)/fish/vendor_completions.d \
	  $(SHARE)/man/man1 $(SHARE)/man/man8 $(SHARE)/man/zh_CN/man1 $(ETC)/schedules $(ETC)/voices
	install -d $(LIBEXEC)
	install -m 0755 $(STRIP) $(BUILD_DIR)/dalaba $(BUILD_DIR)/dalabad $(BIN)/
	install -m 0755 $(STRIP) $(BUILD_DIR)/dalaba-tools $(BUILD_DIR)/dalaba-hub $(LIBEXEC)/
	install -m 0644 voices/*.yaml voices/README.md $(SHARE)/dalaba/voices/
	install -m 0644 voices/mandarin/* $(SHARE)/dalaba/voices/mandarin/
	install -m 0644 schedules/*.yaml schedules/README.md $(SHARE)/dalaba/examples/schedules/
	install -m 0644 README.md $(SHARE)/doc/dalaba/
	for f in docs/*.md; do [ -f "$$f" ] && install -m 0644 "$$f" $(SHARE)/doc/dalaba/; done; true
	sed 's|/usr/local|$(PREFIX)|g; s|/etc/dalaba|$(SYSCONFDIR)/dalaba|g' systemd/dalabad.service > $(LIB)/systemd/system/dalabad.service
	@# The township hub's link (docs/hub-scale.md): installed beside dalabad, enabled only where a hub is.
	install -m 0755 $(STRIP) $(BUILD_DIR)/dalaba-link $(BIN)/
	sed 's|/usr/local|$(PREFIX)|g; s|/etc/dalaba|$(SYSCONFDIR)/dalaba|g' systemd/dalaba-link.service > $(LIB)/systemd/system/dalaba-link.service
	@# The township's web console (docs/console.md): on the hub machine, enabled only there.
	install -m 0755 $(STRIP) $(BUILD_DIR)/dalaba-console $(BIN)/
	sed 's|/usr/local|$(PREFIX)|g; s|/etc/dalaba|$(SYSCONFDIR)/dalaba|g' systemd/dalaba-console.service > $(LIB)/systemd/system/dalaba-console.service
	install -m 0644 systemd/dalaba.sysusers $(LIB)/sysusers.d/dalaba.conf
	sed 's|/etc/dalaba|$(SYSCONFDIR)/dalaba|g' systemd/dalaba.tmpfiles > $(LIB)/tmpfiles.d/dalaba.conf
	@# LC_ALL=C: the help texts in the completions and man pages are the English ones, whatever
	@# the installer's locale (under zh the commands' help is Chinese; docs/man/zh_CN is by hand).
	LC_ALL=C $(BUILD_DIR)/dalaba --generate-completion-script bash > $(SHARE)/bash-completion/completions/dalaba
	LC_ALL=C $(BUILD_DIR)/dalaba --generate-completion-script zsh > $(SHARE)/zsh/site-functions/_dalaba
	LC_ALL=C $(BUILD_DIR)/dalaba --generate-completion-script fish > $(SHARE)/fish/vendor_completions.d/dalaba.fish
	install -m 0644 docs/man/dalaba.1 $(SHARE)/man/man1/dalaba.1
	install -m 0644 docs/man/zh_CN/dalaba.1 $(SHARE)/man/zh_CN/man1/dalaba.1
	install -m 0644 docs/man/dalabad.8 $(SHARE)/man/man8/dalabad.8
	@if [ -z "$$(ls -A $(ETC)/schedules)" ]; then \
	  install -m 0664 schedules/*.yaml schedules/README.md $(ETC)/schedules/; \
	  echo "sample schedules installed in $(ETC)/schedules"; \
	else echo "$(ETC)/schedules already has files: left as they are"; fi
	@[ -e $(ETC)/voices/lexicon.local.tsv ] || install -m 0664 voices/lexicon.local.tsv $(ETC)/voices/lexicon.local.tsv
	@# The daemon reads $(SYSCONFDIR)/dalaba/voices: shared profiles and lexicons are linked in, so
	@# an upgrade reaches them, and the admin overrides one by replacing its link with a file.
	@for f in voices/*.yaml voices/mandarin; do n=$$(basename $$f); \
	  [ -e $(ETC)/voices/$$n ] || [ -L $(ETC)/voices/$$n ] || ln -s $(PREFIX)/share/dalaba/voices/$$n $(ETC)/voices/$$n; done

# Leaves $(SYSCONFDIR)/dalaba (the clerk's schedules) and /var/lib/dalaba (the play log) alone.
uninstall:
	rm -f $(BIN)/dalaba $(BIN)/dalabad $(LIB)/systemd/system/dalabad.service $(BIN)/dalaba-link $(LIB)/systemd/system/dalaba-link.service $(LIB)/sysusers.d/dalaba.conf \
	  $(BIN)/dalaba-console $(LIB)/systemd/system/dalaba-console.service \
	  $(LIB)/tmpfiles.d/dalaba.conf $(SHARE)/bash-completion/completions/dalaba $(SHARE)/zsh/site-functions/_dalaba \
	  $(SHARE)/fish/vendor_completions.d/dalaba.fish $(SHARE)/man/man1/dalaba.1 $(SHARE)/man/man8/dalabad.8 \
	  $(SHARE)/man/zh_CN/man1/dalaba.1
	rm -rf $(SHARE)/dalaba $(SHARE)/doc/dalaba $(LIBEXEC)

clean:
	rm -rf .build

# Regenerates the man pages in docs/man from the commands' own help (argument-parser's
# generate-manual); a test checks they name every subcommand.
man: build
	$(SWIFT) build --product generate-manual
	LC_ALL=C .build/debug/generate-manual .build/debug/dalaba --authors "dalaba developers" -o docs/man
	LC_ALL=C .build/debug/generate-manual .build/debug/dalabad --section 8 --authors "dalaba developers" -o docs/man
