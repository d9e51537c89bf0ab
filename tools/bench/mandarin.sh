#!/usr/bin/env bash
# `dalaba pinyin --per-char` against pypinyin 0.55.0 over the 9,893 CPP dev sentences, each as a
# whole process (start-up and loading included), side by side in the same run; both accuracies too.
# Run from anywhere after `swift build -c release` (make bench does both). Installs pypinyin into
# its own virtual environment the first time.
set -euo pipefail
cd "$(dirname "$0")/../.."
DALABA=${DALABA:-.build/release/dalaba}
DATA=${CPP_DATA:-Tests/Data/cpp}
VENV=${BENCH_VENV:-.build/bench-venv}
RUNS=${RUNS:-3}

[ -x "$DALABA" ] || { echo "mandarin.sh: $DALABA not built (run: swift build -c release)" >&2; exit 1; }
[ -f "$DATA/dev.sent" ] || { echo "mandarin.sh: CPP data not found in $DATA" >&2; exit 1; }
if ! "$VENV/bin/python" -c "import pypinyin; assert pypinyin.__version__ == '0.55.0'" 2>/dev/null; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q pypinyin==0.55.0
fi

echo "== mandarin: per-char over the CPP dev sentences, whole process, best of $RUNS =="
python3 tools/bench/compare_perchar.py "$DATA" "$RUNS" \
  "dalaba pinyin --per-char=$DALABA pinyin --per-char --voices voices" \
  "pypinyin 0.55.0=$VENV/bin/python tools/bench/pypinyin_perchar.py"
