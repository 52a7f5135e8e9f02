#!/usr/bin/env bash
# Regenerates every icon from the master icons/key-doctor.svg: PNGs from 16 to 1024 px (the
# window icon, the Linux packages), key-doctor.ico (Windows .exe and installers) and
# key-doctor.icns (macOS .app). Run it after editing the SVG and commit the results; CI and
# packaging use the committed files and never need these tools.
# Tools (Debian packages): rsvg-convert (librsvg2-bin), icotool (icoutils), png2icns (icnsutils).
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
for tool_and_package in rsvg-convert:librsvg2-bin icotool:icoutils png2icns:icnsutils; do
    command -v "${tool_and_package%%:*}" >/dev/null || missing+=("${tool_and_package#*:}")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "Missing tools; install them with: apt-get install ${missing[*]}" >&2
    exit 2
fi

master=icons/key-doctor.svg
png() { echo "icons/key-doctor-$1.png"; }

# Every size a desktop asks for: hicolor theme sizes on Linux, .ico and .icns members.
for size in 16 24 32 48 64 128 256 512 1024; do
    rsvg-convert --width "$size" --height "$size" --output "$(png "$size")" "$master"
done

# Windows picks the nearest size for title bars (16), the task bar (24, 32), Explorer views
# (48, 64) and large tiles (256; stored as PNG inside the .ico, as Windows expects).
icotool --create --output icons/key-doctor.ico \
    "$(png 16)" "$(png 24)" "$(png 32)" "$(png 48)" "$(png 64)" "$(png 128)" --raw="$(png 256)"

# macOS: 512 and 1024 are the Retina Finder and Dock sizes. png2icns chooses each member's
# type from the image size.
png2icns icons/key-doctor.icns \
    "$(png 16)" "$(png 32)" "$(png 48)" "$(png 128)" "$(png 256)" "$(png 512)" "$(png 1024)" >/dev/null

ls -l icons/
