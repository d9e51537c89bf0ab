#!/bin/bash
# Fuzzes the schedule parser with libFuzzer for a few minutes (default 180 s):
#   tools/fuzz/schedule-fuzz.sh [SECONDS]
# Builds a throw-away package in /tmp that links the repo's Sources/Schedule (symlinked, so
# the code fuzzed is the code in the tree) with -sanitize=fuzzer,address. Seeds: schedules/
# and the test fixtures. Links with lld (gold fails on the sanitizer runtime). A crash or
# hang leaves its input in $WORK/artifacts/: copy it to Tests/ScheduleTests/Fixtures/fuzz/
# so that FuzzRegressionTests replays it on every `make test`.
set -euo pipefail
SECONDS_TO_RUN=${1:-180}
REPO=$(cd "$(dirname "$0")/../.." && pwd)
WORK=${WORK:-/tmp/dalaba-schedule-fuzz}
mkdir -p "$WORK/Sources/ScheduleFuzz" "$WORK/corpus" "$WORK/artifacts"
ln -sfn "$REPO/Sources/Schedule" "$WORK/Sources/Schedule"
cp "$REPO/tools/fuzz/ScheduleFuzz.swift" "$WORK/Sources/ScheduleFuzz/ScheduleFuzz.swift"
cat > "$WORK/Package.swift" <<'PKG'
// swift-tools-version:6.0
import PackageDescription
let package = Package(
    name: "ScheduleFuzz",
    dependencies: [.package(url: "https://github.com/jpsim/Yams", from: "6.0.0")],
    targets: [
        .target(name: "Schedule", dependencies: [.product(name: "Yams", package: "Yams")]),
        .executableTarget(name: "ScheduleFuzz", dependencies: ["Schedule"],
                          swiftSettings: [.unsafeFlags(["-parse-as-library"])]),
    ])
PKG
cp "$REPO"/schedules/*.yaml "$REPO"/Tests/ScheduleTests/Fixtures/*.yaml "$REPO"/Tests/ScheduleTests/Fixtures/fuzz/* "$WORK/corpus/" 2>/dev/null || true
cd "$WORK"
swift build -c release -Xswiftc -sanitize=fuzzer,address -Xswiftc -enable-testing \
    -Xcc -fsanitize=fuzzer-no-link,address -Xswiftc -use-ld=lld 2>&1 | tail -3
"$WORK/.build/release/ScheduleFuzz" "$WORK/corpus" -artifact_prefix="$WORK/artifacts/" \
    -max_total_time="$SECONDS_TO_RUN" -timeout=5 -rss_limit_mb=2048 -max_len=4096 -print_final_stats=1 \
    -dict=<(printf '"title:"\n"text:"\n"days:"\n"times:"\n"every:"\n"between:"\n"from:"\n"until:"\n"except:"\n"repeat:"\n"gap:"\n"voice:"\n"priority:"\n"chime:"\n"timezone:"\n"quiet_hours:"\n"amplifier:"\n"12:00"\n"24:00"\n"2028-02-29"\n"\\xef\\xbc\\x9a"\n"&a"\n"*a"\n"- "\n"[ "\n"{ "\n"|\\x0a"\n"99999999999999999999"\n')
ls "$WORK/artifacts"
