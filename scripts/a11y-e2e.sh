#!/usr/bin/env bash
# The screen-reader end-to-end test: the app under Xvfb, inside a private D-Bus session with the
# AT-SPI bus running, driven by scripts/a11y_check.py through AT-SPI alone.
# Usage: scripts/a11y-e2e.sh [path/to/key-doctor]   (default: the release build)
set -euo pipefail
cd "$(dirname "$0")/.."
BINARY=${1:-target/release/key-doctor}
if [ -z "${XDG_RUNTIME_DIR:-}" ] || [ ! -d "${XDG_RUNTIME_DIR}" ]; then
    XDG_RUNTIME_DIR=$(mktemp -d) && chmod 700 "$XDG_RUNTIME_DIR" && export XDG_RUNTIME_DIR
fi
KEY_DOCTOR_CONFIG_DIR=$(mktemp -d)
export KEY_DOCTOR_CONFIG_DIR BINARY
exec timeout 180 dbus-run-session -- bash -c '
    set -euo pipefail
    /usr/libexec/at-spi-bus-launcher --launch-immediately >/dev/null 2>&1 &
    for _ in $(seq 50); do
        gdbus_ready=$(/usr/bin/python3 -c "
from gi.repository import Gio
bus = Gio.bus_get_sync(Gio.BusType.SESSION, None)
print(bus.call_sync(\"org.freedesktop.DBus\", \"/org/freedesktop/DBus\", \"org.freedesktop.DBus\", \"NameHasOwner\", __import__(\"gi\").repository.GLib.Variant(\"(s)\", (\"org.a11y.Bus\",)), None, Gio.DBusCallFlags.NONE, 1000, None).unpack()[0])
" 2>/dev/null || echo False)
        [ "$gdbus_ready" = "True" ] && break
        sleep 0.1
    done
    exec xvfb-run -a -s "-screen 0 1280x800x24" /usr/bin/python3 scripts/a11y_check.py "$BINARY"
'
