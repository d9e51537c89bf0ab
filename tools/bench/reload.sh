#!/bin/bash
# CPU and wall time of a schedule reload with five programs, each playing its own 10-minute MP3
# (44.1 kHz stereo, 128 kbit/s, made by ffmpeg), for docs/audio.md. A running dalabad (output
# null) is sent `dalaba reload` three times; its CPU (user+sys, /proc/PID/stat) is read around
# each. Usage: tools/bench/reload.sh [BUILD_DIR]  (default .build/release; needs ffmpeg)
set -euo pipefail
cd "$(dirname "$0")/../.."
bin=${1:-.build/release}
work=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$work"' EXIT
mkdir -p "$work/schedules"
printf 'timezone: UTC\n' > "$work/schedules/station.yaml"
ffmpeg -nostdin -hide_banner -loglevel error -y -f lavfi -i sine=frequency=440:sample_rate=44100:duration=600 \
  -ac 2 -c:a libmp3lame -b:a 128k "$work/schedules/p1.mp3"
for i in 1 2 3 4 5; do
  [ "$i" = 1 ] || cp "$work/schedules/p1.mp3" "$work/schedules/p$i.mp3"
  printf 'title: 录音%s\naudio: p%s.mp3\ndays: daily\ntimes: ["03:0%s"]\n' "$i" "$i" "$i" > "$work/schedules/p$i.yaml"
done
sleep 3  # older than the cache's settle time (2 s)
"$bin/dalabad" --schedules "$work/schedules" --voices voices --state "$work/state" --socket "$work/s.sock" \
  --output null > "$work/log" 2>&1 &
pid=$!
until grep -q "ready:" "$work/log"; do sleep 0.1; kill -0 "$pid"; done
ticks=$(getconf CLK_TCK)
cpu() { awk -v t="$ticks" '{ printf "%.2f", ($14 + $15) / t }' "/proc/$pid/stat"; }
echo "start-up (load + decode at start): $(cpu) s CPU"
for n in 1 2 3; do
  before=$(cpu)
  start=$(date +%s.%N)
  "$bin/dalaba" reload --socket "$work/s.sock" > /dev/null
  end=$(date +%s.%N)
  after=$(cpu)
  echo "reload $n: CPU $(echo "$after - $before" | bc) s, wall $(echo "$end - $start" | bc) s"
done
grep -i "error" "$work/log" || true
