#!/usr/bin/env bash
# Benchmarks of the targets in DESIGN.md, measured on the release build. The machines are
# shared and noisy: every figure is a median of several runs, printed beside its target.
# Start-up figures: time to the first frame under Xvfb, resident memory, idle CPU over 10 s.
# Checks: one key with all probes, and "Check all" on 20 keys, against the simulator with 200 ms
# of injected latency, each beside its one-after-another baseline; then one valid key of each
# other provider (Anthropic, Gemini, OpenRouter, Groq, Mistral, Azure, xAI, DeepSeek) the same way.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-7}

cargo build --release --quiet
TARGET_DIR=${CARGO_TARGET_DIR:-$PWD/target}
BIN=$TARGET_DIR/release/key-doctor
KEY_DOCTOR_CONFIG_DIR=$(mktemp -d)
export KEY_DOCTOR_CONFIG_DIR
if [ -z "${XDG_RUNTIME_DIR:-}" ] || [ ! -d "${XDG_RUNTIME_DIR}" ]; then
    XDG_RUNTIME_DIR=$(mktemp -d) && chmod 700 "$XDG_RUNTIME_DIR" && export XDG_RUNTIME_DIR
fi

median() { sort -n | awk '{v[NR]=$1} END {if (NR == 0) print "n/a"; else if (NR % 2) print v[(NR+1)/2]; else print (v[NR/2] + v[NR/2+1]) / 2}'; }
now_ms() { date +%s%3N; }

# One X server for the whole run, so its own start-up is not counted.
DISPLAY_NUMBER=${DISPLAY_NUMBER:-97}
Xvfb ":$DISPLAY_NUMBER" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
XVFB_PID=$!
trap 'kill $XVFB_PID 2>/dev/null || true' EXIT
export DISPLAY=":$DISPLAY_NUMBER"
for _ in $(seq 50); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done

echo "== Start-up (release build, --demo under Xvfb, lavapipe; $RUNS runs each)"
in_app=() wall=() baseline=()
for _ in $(seq "$RUNS"); do
    start=$(now_ms)
    line=$("$BIN" --demo --exit-after-first-frame 2>/dev/null | grep -m1 first_frame_ms || true)
    wall+=($(( $(now_ms) - start )))
    in_app+=("${line#first_frame_ms=}")
    start=$(now_ms)
    "$BIN" --version >/dev/null
    baseline+=($(( $(now_ms) - start )))
done
first_frame=$(printf '%s\n' "${in_app[@]}" | median)
printf 'first frame, from start to drawn:   median %s ms   (target <= 500 ms; ratio %.2f)\n' \
    "$first_frame" "$(echo "$first_frame / 500" | bc -l)"
printf 'whole process, start to exit:       median %s ms\n' "$(printf '%s\n' "${wall[@]}" | median)"
printf 'baseline, key-doctor --version:     median %s ms\n' "$(printf '%s\n' "${baseline[@]}" | median)"

echo "== Memory and idle CPU (window open with --demo)"
rss=() cpu=()
for _ in $(seq 3); do
    "$BIN" --demo >/dev/null 2>&1 &
    pid=$!
    sleep 5
    ticks_before=$(awk '{print $14 + $15}' "/proc/$pid/stat")
    sleep 10
    ticks_after=$(awk '{print $14 + $15}' "/proc/$pid/stat")
    rss+=($(awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$pid/status"))
    hz=$(getconf CLK_TCK)
    cpu+=("$(echo "($ticks_after - $ticks_before) * 100 / $hz / 10" | bc -l)")
    kill "$pid"; wait "$pid" 2>/dev/null || true
done
printf 'resident memory:                    median %s MB   (target <= 150 MB)\n' "$(printf '%s\n' "${rss[@]}" | median)"
printf 'idle CPU over 10 s:                 median %.2f %% of one core   (target about 0)\n' "$(printf '%s\n' "${cpu[@]}" | median)"

echo "== Checks (simulator with ${BENCH_LATENCY_MS:-200} ms latency)"
cargo bench --quiet --bench checks
echo "== Usage (release build; simulator latency 200 ms)"
cargo build --release --quiet --example usage_fetch_bench --example usage_frame_bench
# 365 days by model + costs + names: parallel windows beside the same requests one at a time.
"$TARGET_DIR/release/examples/usage_fetch_bench" 200 "$RUNS"
# One dashboard frame with 365 days x 30 series, CPU time of ui + tessellation, headless.
"$TARGET_DIR/release/examples/usage_frame_bench" 300
echo "== Organization (release build; simulator latency 200 ms)"
cargo build --release --quiet --example org_bench
# 50 projects, 1,000 keys, every per-project list, a month of cost by key, a year of key
# events: every list at once beside the same lists one after another.
"$TARGET_DIR/release/examples/org_bench" read 200 "$RUNS"
# One frame of the Organization view with 1,000 rows, CPU time of ui + tessellation, headless.
"$TARGET_DIR/release/examples/org_bench" frame 300
