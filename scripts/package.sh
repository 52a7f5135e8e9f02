#!/usr/bin/env bash
# Builds the .deb with cargo-packager, then checks it the way a Debian machine would see it:
# unpacks it, validates the .desktop file and the AppStream metainfo, checks that the app id is
# the same everywhere, and starts the unpacked binary with --version.
# On a fresh Debian machine, as root, it first installs the tools it needs. Other formats
# (AppImage, .app/.dmg, NSIS, WiX) are built on their own OS: see README.md, "Installing and packaging".
set -euo pipefail
cd "$(dirname "$0")/.."

# cargo-packager's config (deny_unknown_fields) changes between releases: pin the one
# Cargo.toml's [package.metadata.packager] was written for.
PACKAGER_VERSION=0.11.8
APP_ID=org.keydoctor.KeyDoctor

started=$SECONDS
step() { echo "== $* [$((SECONDS - started)) s elapsed]"; }
fail() {
    echo "package.sh: $*" >&2
    exit 1
}

install_missing_tools() {
    local tool_and_package missing=()
    for tool_and_package in desktop-file-validate:desktop-file-utils appstreamcli:appstream \
        dpkg-deb:dpkg; do
        command -v "${tool_and_package%%:*}" >/dev/null || missing+=("${tool_and_package#*:}")
    done
    [ ${#missing[@]} -gt 0 ] || return 0
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        echo "Installing system packages: ${missing[*]}"
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
            "${missing[@]}" >/dev/null
    else
        fail "missing tools; install these Debian packages: ${missing[*]}"
    fi
}

step "tools"
install_missing_tools
if [ "$(cargo packager --version 2>/dev/null)" != "cargo-packager $PACKAGER_VERSION" ]; then
    # In cargo's own temporary directory, not our target directory: its build shares nothing
    # with ours. Unoptimised: it only copies files into a .deb, and builds in half the time.
    env -u CARGO_TARGET_DIR cargo install cargo-packager --version "$PACKAGER_VERSION" --locked --debug
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

target_dir=${CARGO_TARGET_DIR:-target}
out_dir="$target_dir/packages"
rm -rf "$out_dir"

step "cargo packager --release --formats deb (runs cargo build --release --locked)"
cargo packager --release --formats deb --out-dir "$out_dir"

debs=("$out_dir"/key-doctor_*.deb)
[ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || fail "expected one .deb in $out_dir"
deb=${debs[0]}

step "add Recommends"
# cargo-packager writes Depends only. The native file dialog goes through the XDG desktop portal,
# with zenity as the fallback where no portal runs: recommended, not required, because the app
# also imports pasted or dropped .env text.
dpkg-deb --raw-extract "$deb" "$work/repack"
sed -i '/^Depends:/a Recommends: xdg-desktop-portal, zenity' "$work/repack/DEBIAN/control"
grep -q '^Recommends:' "$work/repack/DEBIAN/control" || fail "no Depends line to add Recommends after"
# dpkg-deb also checks the control file cargo-packager wrote, and compresses with xz.
dpkg-deb --root-owner-group --build "$work/repack" "$deb" >/dev/null

step "check the package"
dpkg-deb --info "$deb" | sed -n '/Package:/,$p'
unpacked="$work/unpacked"
dpkg-deb --extract "$deb" "$unpacked"
desktop_file="$unpacked/usr/share/applications/$APP_ID.desktop"
metainfo="$unpacked/usr/share/metainfo/$APP_ID.metainfo.xml"
binary="$unpacked/usr/bin/key-doctor"
for file in "$desktop_file" "$metainfo" "$binary" \
    "$unpacked/usr/share/icons/hicolor/scalable/apps/$APP_ID.svg" \
    "$unpacked/usr/share/icons/hicolor/256x256/apps/$APP_ID.png"; do
    [ -f "$file" ] || fail "the package lacks ${file#"$unpacked"}"
done

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "-- apt-get install --simulate (Depends resolve on this system)"
    # A fresh machine may have no package lists yet.
    compgen -G '/var/lib/apt/lists/*_Packages' >/dev/null || apt-get update -qq
    would_install=$(apt-get install --simulate --no-install-recommends "$(realpath "$deb")" |
        awk '$1 == "Inst" { print $2 }' | tr '\n' ' ')
    echo "would install: $would_install"
    # apt skips a Recommends it cannot find without a word, so look each one up.
    recommends=$(dpkg-deb --field "$deb" Recommends | tr -d ' ' | tr ',' ' ')
    for package in $recommends; do
        apt-cache show --no-all-versions "$package" >/dev/null 2>&1 ||
            fail "recommended package $package is not in the archive"
    done
    echo "recommended packages found: $recommends"
fi

echo "-- desktop-file-validate"
# It exits 0 on warnings; we want none, hints are fine.
validation=$(desktop-file-validate "$desktop_file" 2>&1) || fail "desktop-file-validate: $validation"
if grep -E ': (error|warning):' <<<"$validation"; then
    fail "desktop-file-validate found problems"
fi
echo "${validation:-no issues}"
echo "-- appstreamcli validate --no-net"
appstreamcli validate --no-net "$metainfo"

echo "-- one app id everywhere"
grep -q "pub const APP_ID: &str = \"$APP_ID\";" src/gui/mod.rs || fail "src/gui/mod.rs APP_ID differs"
grep -q "^identifier = \"$APP_ID\"\$" Cargo.toml || fail "the packager identifier differs"
grep -q "^StartupWMClass=$APP_ID\$" "$desktop_file" || fail "StartupWMClass differs"
grep -q "^Icon=$APP_ID\$" "$desktop_file" || fail "the desktop file's Icon differs"
grep -q "<id>$APP_ID</id>" "$metainfo" || fail "the metainfo id differs"
grep -q "<launchable type=\"desktop-id\">$APP_ID.desktop</launchable>" "$metainfo" ||
    fail "the metainfo launchable differs"
echo "$APP_ID"

echo "-- libraries the binary links (the rest is loaded with dlopen; see Cargo.toml)"
ldd "$binary"
if ldd "$binary" | grep -q 'not found'; then
    fail "the binary links a library this machine lacks"
fi

echo "-- $binary --version"
version_line=$("$binary" --version)
echo "$version_line"
cargo_version=$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -n 1)
[ "$version_line" = "key-doctor $cargo_version" ] || fail "expected \"key-doctor $cargo_version\""

step "done"
echo "package: $deb ($(stat -c %s "$deb") bytes)"
echo "binary:  usr/bin/key-doctor ($(stat -c %s "$binary") bytes)"
