#!/usr/bin/env bash
# Runs a command inside a private D-Bus session bus with gnome-keyring's Secret Service running
# and unlocked (empty password), so real-keychain tests work on a headless machine.
set -euo pipefail
if [ -z "${XDG_RUNTIME_DIR:-}" ] || [ ! -d "${XDG_RUNTIME_DIR}" ]; then
    XDG_RUNTIME_DIR=$(mktemp -d)
    chmod 700 "$XDG_RUNTIME_DIR"
    export XDG_RUNTIME_DIR
fi
exec dbus-run-session -- bash -c '
    set -euo pipefail
    # A fresh data directory keeps the test keyring apart from any real one.
    export XDG_DATA_HOME=$(mktemp -d)
    eval "$(printf "key-doctor-tests" | gnome-keyring-daemon --unlock --components=secrets)"
    export GNOME_KEYRING_CONTROL SSH_AUTH_SOCK 2>/dev/null || true
    export KEY_DOCTOR_KEYCHAIN_TESTS=1
    exec "$@"
' in-desktop-session "$@"
