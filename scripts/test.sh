#!/usr/bin/env bash
# The one test command: formatting, lints and the whole test suite.
# On a fresh Debian machine, as root, it first installs the system packages it needs.
set -euo pipefail
cd "$(dirname "$0")/.."

install_system_packages() {
    local wanted missing=()
    mapfile -t wanted < <(grep -v '^\s*#' scripts/system-packages.txt | grep -v '^\s*$')
    for package in "${wanted[@]}"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        echo "Installing system packages: ${missing[*]}"
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    fi
}

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    install_system_packages
fi

# GUI tests render with wgpu on lavapipe; Vulkan and D-Bus want a private runtime directory.
if [ -z "${XDG_RUNTIME_DIR:-}" ] || [ ! -d "${XDG_RUNTIME_DIR}" ]; then
    XDG_RUNTIME_DIR=$(mktemp -d)
    chmod 700 "$XDG_RUNTIME_DIR"
    export XDG_RUNTIME_DIR
fi
# Tests never touch the real config directory.
KEY_DOCTOR_CONFIG_DIR=$(mktemp -d)
export KEY_DOCTOR_CONFIG_DIR

started=$SECONDS
step() { echo "== $* [$((SECONDS - started)) s elapsed]"; }

step "cargo fmt --check"
cargo fmt --all -- --check
step "cargo clippy"
cargo clippy --all-targets -- -D warnings
step "no function in src/ over 80 lines"
python3 scripts/long-functions.py 80 src
step "no user-facing words written in src/gui (they come from locales/)"
python3 scripts/gui-literals.py
step "cargo test (inside a private D-Bus session with an unlocked keyring)"
scripts/in-desktop-session.sh cargo test --all-targets
step "the release binary, driven through AT-SPI as a screen reader does"
cargo build --release --locked
scripts/a11y-e2e.sh target/release/key-doctor
step "done"
