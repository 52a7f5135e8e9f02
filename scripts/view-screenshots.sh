#!/usr/bin/env bash
# Pictures of every view of a key-doctor binary as a person sees it: `--demo` under Xvfb, at
# 800x600 with the largest text (light and dark), 1080x720 and 1920x1080.
# Usage: scripts/view-screenshots.sh path/to/key-doctor OUTPUT_FOLDER
# Needs xvfb, xdotool, x11-apps, netpbm (scripts/system-packages.txt).
set -euo pipefail
BIN=$(realpath "$1")
OUT=$(realpath -m "$2")
mkdir -p "$OUT"
if [ -z "${XDG_RUNTIME_DIR:-}" ] || [ ! -d "${XDG_RUNTIME_DIR}" ]; then
    XDG_RUNTIME_DIR=$(mktemp -d) && chmod 700 "$XDG_RUNTIME_DIR" && export XDG_RUNTIME_DIR
fi
Xvfb :93 -screen 0 1920x1080x24 -nolisten tcp >/dev/null 2>&1 &
XVFB=$!
trap 'kill $XVFB 2>/dev/null || true' EXIT
export DISPLAY=:93
sleep 1

shoot() { # width height text_size theme name
    local config
    config=$(mktemp -d)
    printf '{"schema_version":1,"theme":"%s","text_size":"%s"}' "$4" "$3" > "$config/settings.json"
    for view in keys usage organization explain settings; do
        KEY_DOCTOR_CONFIG_DIR=$config "$BIN" --demo --start-view "$view" >/dev/null 2>&1 &
        local app=$!
        local window=""
        for _ in $(seq 50); do
            window=$(xdotool search --onlyvisible --name '^Key Doctor$' 2>/dev/null | head -1 || true)
            [ -n "$window" ] && break
            sleep 0.2
        done
        xdotool windowsize "$window" "$1" "$2"
        xdotool windowmove "$window" 0 0
        sleep 6
        xwd -id "$window" -silent | xwdtopnm 2>/dev/null | pnmtopng > "$OUT/$view-$5.png"
        kill "$app"; wait "$app" 2>/dev/null || true
    done
    echo "wrote $OUT/*-$5.png"
}

shoot 800 600 larger light 800x600-larger-light
shoot 800 600 larger dark 800x600-larger-dark
shoot 1080 720 normal dark 1080x720-dark
shoot 1920 1080 normal light 1920x1080-light
