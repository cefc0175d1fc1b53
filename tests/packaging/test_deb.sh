#!/usr/bin/env bash
# Builds the .deb with CPack from the build tree, unpacks it into a temporary root (no root
# rights, no dpkg -i) and checks its layout, its Debian dependencies, and that the installed
# dockside-cli runs from there.
#   test_deb.sh BUILD_DIR VERSION
set -euo pipefail
build="$1"
version="$2"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

fail() { echo "FAIL: $*" >&2; exit 1; }

cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work/out" >"$work/cpack.log" 2>&1 ||
    { cat "$work/cpack.log" >&2; fail "cpack failed"; }
deb="$(ls "$work"/out/dockside_*.deb)"
[ -f "$deb" ] || fail "no .deb in $work/out"
echo "package: $(basename "$deb") ($(du -h "$deb" | cut -f1))"

# Control data: name, version, architecture and dependencies worked out by dpkg-shlibdeps.
[ "$(dpkg-deb -f "$deb" Package)" = dockside ] || fail "wrong package name"
[ "$(dpkg-deb -f "$deb" Version)" = "$version" ] || fail "version is not $version"
[ "$(dpkg-deb -f "$deb" Architecture)" = "$(dpkg --print-architecture)" ] || fail "wrong architecture"
depends="$(dpkg-deb -f "$deb" Depends)"
echo "Depends: $depends"
for lib in libqt6core6 libqt6widgets6 libqt6network6 libsqlite3-0 libzxing libqt6svg6 libc6; do
    grep -q "$lib" <<<"$depends" || fail "Depends lacks $lib"
done
grep -q qt6-translations-l10n <<<"$(dpkg-deb -f "$deb" Recommends)" || fail "Recommends lacks qt6-translations-l10n"

# Layout.
root="$work/root"
dpkg-deb -x "$deb" "$root"
for f in usr/bin/dockside usr/bin/dockside-cli usr/bin/dockside-hq \
         usr/share/applications/dockside.desktop \
         usr/share/icons/hicolor/scalable/apps/dockside.svg \
         usr/share/man/man1/dockside-cli.1.gz usr/share/man/man1/dockside.1.gz \
         usr/share/doc/dockside/examples/systemd/dockside-sync.service \
         usr/share/doc/dockside/examples/systemd/dockside-sync.timer \
         usr/share/dockside/translations/dockside_de.qm usr/share/dockside/translations/dockside_uk.qm; do
    [ -e "$root/$f" ] || fail "missing /$f"
done
grep -q '^Exec=dockside' "$root/usr/share/applications/dockside.desktop" || fail "desktop file without Exec"
zcat "$root/usr/share/man/man1/dockside-cli.1.gz" | grep -q "$version" || fail "man page without the version"
if dpkg-deb -c "$deb" | grep -q '^d.* \./usr/local'; then fail "files under /usr/local"; fi

# The installed binary runs from the unpacked root.
out="$(LD_LIBRARY_PATH="$root/usr/lib:$root/usr/lib/$(dpkg-architecture -qDEB_HOST_MULTIARCH 2>/dev/null || echo x86_64-linux-gnu)" \
       "$root/usr/bin/dockside-cli" --version)"
echo "$out"
[ "$out" = "dockside-cli $version" ] || fail "dockside-cli --version printed: $out"
db="$work/station.db"
"$root/usr/bin/dockside-cli" --db "$db" init --station DEB-T01 >/dev/null || fail "installed dockside-cli cannot init"
"$root/usr/bin/dockside-cli" --db "$db" check >/dev/null || fail "installed dockside-cli check failed"
"$root/usr/bin/dockside-hq" --version | grep -q "$version" || fail "dockside-hq --version"
QT_QPA_PLATFORM=offscreen "$root/usr/bin/dockside" --version | grep -q "$version" || fail "dockside --version"
echo "PASS"
