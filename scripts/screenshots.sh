#!/usr/bin/env bash
# Regenerates the README screenshots from `key-doctor --demo` under Xvfb (needs xvfb, xdotool,
# x11-apps, netpbm, curl). Usage: scripts/screenshots.sh [path/to/key-doctor]
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=$(realpath "${1:-target/release/key-doctor}")
OUT=docs/screenshots
mkdir -p "$OUT"
KEY_DOCTOR_CONFIG_DIR=$(mktemp -d)
export KEY_DOCTOR_CONFIG_DIR
if [ -z "${XDG_RUNTIME_DIR:-}" ] || [ ! -d "${XDG_RUNTIME_DIR}" ]; then
    XDG_RUNTIME_DIR=$(mktemp -d) && chmod 700 "$XDG_RUNTIME_DIR" && export XDG_RUNTIME_DIR
fi
Xvfb :94 -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
XVFB=$!
trap 'kill $XVFB 2>/dev/null || true' EXIT
export DISPLAY=:94
sleep 1

window() { xdotool search --name '^Key Doctor$' | head -1; }
shot() {
    xwd -id "$(window)" -silent | xwdtopnm 2>/dev/null | pnmtopng > "$OUT/$1.png"
    echo "wrote $OUT/$1.png"
}
click() { xdotool mousemove --window "$(window)" "$1" "$2" click 1; sleep 1; }

# The demo checks every key at once and shows those that need attention, the first selected.
"$BIN" --demo >/dev/null 2>&1 &
APP=$!
sleep 8
shot failing-key
click 70 122 # Show all keys
click 130 222 # Project key with full access
shot passing-key
click 145 423 # Organization with no credit left
shot no-credit-key
# Explain an error: a timeout from a WordPress site's server.
click 510 20 # Explain an error
click 500 220
xdotool windowfocus --sync "$(window)"
xdotool type --delay 5 "OpenAI API error : cURL error 28: Operation timed out after 30001 milliseconds with 0 bytes received"
click 62 292
shot explain-network-error
kill $APP; wait $APP 2>/dev/null || true

# The Organization view with the demo's Admin key: every key and what needs attention.
"$BIN" --demo >/dev/null 2>&1 &
APP=$!
sleep 8
click 70 122 # Show all keys
click 133 168 # Provider
click 122 241 # Anthropic
click 165 250 # Anthropic key that works
shot anthropic-key
kill $APP; wait $APP 2>/dev/null || true

"$BIN" --demo --start-view organization >/dev/null 2>&1 &
APP=$!
sleep 8
shot organization
kill $APP; wait $APP 2>/dev/null || true

# The import preview of a .env file with the simulator's sample keys.
SIM_GUIDE=$(mktemp)
"$BIN" simulate --port 18099 >/dev/null 2>"$SIM_GUIDE" &
SIM=$!
sleep 1
key_of() { curl -s http://127.0.0.1:18099/_simulator/keys | /usr/bin/python3 -c "import json,sys; print([k['key'] for k in json.load(sys.stdin) if k['scenario']=='$1'][0])"; }
# Other providers' sample keys: the simulator's guide prints each under its scenario's id.
provider_key_of() { /usr/bin/python3 -c "import sys; lines=open('$SIM_GUIDE').read().splitlines(); print([lines[i+1].strip() for i,l in enumerate(lines) if l.split()[:1]==['$1']][0])"; }
ENV_DIR=$(mktemp -d)/my-shop
mkdir -p "$ENV_DIR"
printf '# My chatbot\nOPENAI_API_KEY=%s\nOPENAI_API_KEY_BATCH=%s\nOPEN_AI_KEY_ADM=%s\nOPENAI_ORG_ID=org-KeyDoctorDemo\nANTHROPIC_API_KEY=%s\nGEMINI_API_KEY=%s\nGROQ_API_KEY=%s\nDEEPSEEK_API_KEY=%s\n' \
    "$(key_of legacy_user)" "$(key_of organization_spend_limit_exceeded)" "$(key_of admin_full)" \
    "$(provider_key_of anthropic_valid)" "$(provider_key_of gemini_standard_key)" \
    "$(provider_key_of groq_free_plan)" "$(provider_key_of deepseek_no_balance)" > "$ENV_DIR/.env"
kill $SIM
"$BIN" --demo "$ENV_DIR/.env" >/dev/null 2>&1 &
APP=$!
sleep 8
click 214 453 # Check every key: a key that does not work is unticked, with the reason
sleep 3
shot import-preview
kill $APP; wait $APP 2>/dev/null || true

# The failing key in each language Key Doctor speaks (KEY_DOCTOR_LANG chooses it, as a
# person's desktop language would).
mkdir -p "$OUT/languages"
for lang in en es pt-BR de fr; do
    KEY_DOCTOR_LANG=$lang "$BIN" --demo >/dev/null 2>&1 &
    APP=$!
    sleep 8
    xwd -id "$(window)" -silent | xwdtopnm 2>/dev/null | pnmtopng > "$OUT/languages/failing-key-$lang.png"
    echo "wrote $OUT/languages/failing-key-$lang.png"
    kill $APP; wait $APP 2>/dev/null || true
done
