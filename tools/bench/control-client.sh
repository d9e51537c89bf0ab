#!/usr/bin/env bash
# `dalaba status` against MPD's client `mpc status`, each against its own idle daemon, run in
# turn (alternated) so that a busy moment of the machine falls on both alike: wall time p50/p99,
# CPU time and minor page faults per run, and the binaries' stripped sizes. The goal (issue 11):
# dalaba status within 1.5× mpc status. Run by `make bench` (which installs mpd and mpc).
#   RUNS=1000 tools/bench/control-client.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
BUILD_DIR=${BUILD_DIR:-.build/release}
RUNS=${RUNS:-500}
for tool in mpd mpc python3; do
  command -v $tool >/dev/null || { echo "control-client bench: $tool is missing (make bench-deps)"; exit 1; }
done

work=$(mktemp -d /tmp/dalaba-client-bench.XXXXXX)
mpd_pid=""; dalabad_pid=""
cleanup() {
  [ -n "$dalabad_pid" ] && kill "$dalabad_pid" 2>/dev/null && wait "$dalabad_pid" 2>/dev/null
  [ -n "$mpd_pid" ] && kill "$mpd_pid" 2>/dev/null && wait "$mpd_pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

# An idle mpd: empty music folder, no audio device (a null output), no zeroconf, a Unix socket.
mkdir -p "$work/mpd/music" "$work/mpd/playlists"
cat > "$work/mpd/mpd.conf" <<CONF
music_directory "$work/mpd/music"
playlist_directory "$work/mpd/playlists"
db_file "$work/mpd/db"
state_file "$work/mpd/state"
bind_to_address "$work/mpd/socket"
log_file "$work/mpd/log"
zeroconf_enabled "no"
audio_output {
    type "null"
    name "null"
}
CONF
mpd --no-daemon "$work/mpd/mpd.conf" 2>/dev/null & mpd_pid=$!

# An idle dalabad: no programs, null output, its own state and socket.
mkdir -p "$work/dalaba/schedules" "$work/dalaba/state"
printf 'timezone: Asia/Shanghai\n' > "$work/dalaba/schedules/station.yaml"
"$BUILD_DIR/dalabad" --schedules "$work/dalaba/schedules" --voices voices --state "$work/dalaba/state" \
  --socket "$work/dalaba/control.sock" --output null 2>"$work/dalabad.log" & dalabad_pid=$!

for _ in $(seq 100); do
  [ -S "$work/mpd/socket" ] && [ -S "$work/dalaba/control.sock" ] && break
  sleep 0.1
done
mpc --host "$work/mpd/socket" status >/dev/null
"$BUILD_DIR/dalaba" status --socket "$work/dalaba/control.sock" >/dev/null

echo "== control client: whole process, alternated, $RUNS runs each (idle daemons)"
python3 tools/bench/alternate.py --runs "$RUNS" --markdown \
  "mpc status=mpc --host $work/mpd/socket status" \
  "dalaba status=$BUILD_DIR/dalaba status --socket $work/dalaba/control.sock"

# The heavy binaries apart: a 65 MB process between two light ones would slow whichever follows.
# DALABA_BEFORE=path/to/an/older/dalaba adds its `status` to the comparison.
before=()
[ -n "${DALABA_BEFORE:-}" ] && before=("dalaba status (before)=$DALABA_BEFORE status --socket $work/dalaba/control.sock")
echo
echo "== the argument-parser path, alternated, $((RUNS / 5)) runs each"
python3 tools/bench/alternate.py --runs "$((RUNS / 5))" --markdown \
  "mpc status=mpc --host $work/mpd/socket status" \
  "dalaba-tools status=$BUILD_DIR/dalaba-tools status --socket $work/dalaba/control.sock" \
  "${before[@]}"
echo
echo "== sizes, stripped"
size() { strip -o "$work/stripped" "$1" && stat -c %s "$work/stripped" && rm -f "$work/stripped"; }
mpdclient=$(ldd "$(command -v mpc)" | awk '/libmpdclient/ {print $3}')
printf '| binary | bytes stripped |\n|---|---|\n'
printf '| mpc (+ libmpdclient) | %s (+ %s) |\n' "$(size "$(command -v mpc)")" "$(size "$mpdclient")"
for binary in dalaba dalaba-tools dalabad; do printf '| %s | %s |\n' "$binary" "$(size "$BUILD_DIR/$binary")"; done
