#!/usr/bin/env bash
# Installs the .deb that `mvn -Pdist package` built into a throw-away root (dpkg --root, running
# its maintainer scripts as a real install would, with DPKG_ROOT set; inside a private mount
# namespace where /opt is the root's /opt, so that the scripts' /opt/hazardlog paths resolve to
# the files just unpacked and nothing lands in this machine's /opt), then checks what a user
# gets: the menu entry and file type, the `hazardlog` command, the start-up archive its postinst
# recorded, and the HazardLog launcher opening the window on a log under Xvfb. The window is saved
# as docs/installed-window.png. Removing the package must take everything away again.
#
#   bash bench/deb-install-check.sh [path/to/hazardlog_*.deb]
#
# Needs: root (for the mount namespace), dpkg, unshare (util-linux), xdg-utils, Xvfb, xdotool and
# ImageMagick (apt-get install xvfb xdotool imagemagick xdg-utils).
# Nothing outside the throw-away root is changed: xdg's menu and file-type databases are pointed
# into it too.
set -euo pipefail
cd "$(dirname "$0")/.."
deb=${1:-$(ls target/dist/hazardlog_*.deb 2>/dev/null | head -1)}
[ -f "$deb" ] || { echo "deb-install-check: no .deb; run mvn -Pdist package first" >&2; exit 1; }

root=$(mktemp -d "${TMPDIR:-/tmp}/hazardlog-root-XXXXXX")
xvfb_pid=""
cleanup() {
    [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
    rm -rf "$root"
}
trap cleanup EXIT
fail() { echo "deb-install-check: FAILED: $*" >&2; exit 1; }

mkdir -p "$root/var/lib/dpkg/info" "$root/var/lib/dpkg/updates" "$root/usr/share/applications" "$root/home" "$root/opt"
touch "$root/var/lib/dpkg/status"
# xdg-desktop-menu and xdg-mime write system-wide as root: into the throw-away root instead.
mkdir -p "$root/etc/xdg/menus/applications-merged" "$root/usr/share/mime/packages" "$root/usr/share/desktop-directories"
export XDG_DATA_DIRS="$root/usr/share" XDG_CONFIG_DIRS="$root/etc/xdg" XDG_DATA_HOME="$root/home/.local/share" \
    XDG_CONFIG_HOME="$root/home/.config" HOME="$root/home"

echo "deb-install-check: installing $deb into $root"
# in_root COMMAND...: runs dpkg with /opt being the throw-away root's, in a private mount namespace.
in_root() {
    unshare -m sh -c 'mount --bind "$0/opt" /opt && exec "$@"' "$root" "$@" > "$root/dpkg.out" 2>&1 \
        || { cat "$root/dpkg.out" >&2; return 1; }
}
# The libraries the package depends on are this system's; the throw-away root has no package list.
in_root dpkg --root="$root" --force-script-chrootless --force-depends --log=/dev/null -i "$deb" \
    || fail "dpkg could not install the package"

app="$root/opt/hazardlog"
[ -x "$app/bin/HazardLog" ] || fail "no window launcher at /opt/hazardlog/bin/HazardLog"
[ -x "$app/bin/hazardlog" ] || fail "no command launcher at /opt/hazardlog/bin/hazardlog"
[ "$(readlink "$root/usr/bin/hazardlog")" = /opt/hazardlog/bin/hazardlog ] || fail "hazardlog is not on the PATH (/usr/bin)"
[ -s "$app/lib/app/hazardlog.jsa" ] || fail "postinst recorded no start-up archive"
grep -q '^Exec=/opt/hazardlog/bin/HazardLog %f$' "$app/lib/hazardlog-HazardLog.desktop" || fail "menu entry does not open files"
ls "$root"/usr/share/applications/*HazardLog*.desktop >/dev/null 2>&1 || fail "no menu entry installed"
grep -rq 'mv.db' "$root/usr/share/mime" || fail "the .mv.db file type was not registered"

echo "deb-install-check: commands"
"$app/bin/hazardlog" --version | grep -q '^HazardLog ' || fail "hazardlog --version"
log="$root/home/ward-log"
# Its CSO is the person running the check, so that the window opens without asking who is working.
"$app/bin/hazardlog" generate --hazards 200 --out "$log" --user "$(id -un)" >/dev/null || fail "hazardlog generate"
"$app/bin/hazardlog" list --db "$log" | tail -1 | grep -q '^200 hazards' || fail "hazardlog list"
# The archive is used: classes come from it ("shared objects file (top)").
JAVA_TOOL_OPTIONS=-Xlog:class+load "$app/bin/hazardlog" --version 2>/dev/null | grep -q 'shared objects file (top)' \
    || fail "the start-up archive is not used"

echo "deb-install-check: window"
for d in $(seq 150 199); do
    [ -e "/tmp/.X$d-lock" ] && continue
    Xvfb ":$d" -screen 0 1600x1200x24 -nolisten tcp >/dev/null 2>&1 &
    xvfb_pid=$!
    sleep 2
    kill -0 "$xvfb_pid" 2>/dev/null && break
    xvfb_pid=""
done
[ -n "$xvfb_pid" ] || fail "no Xvfb display"
export DISPLAY=":$d"
# As a double-click in the file manager does: the log file as the only argument.
"$app/bin/HazardLog" "$log.mv.db" > "$root/window.out" 2>&1 &
window_pid=$!
shown=""
for i in $(seq 1 240); do
    sleep 1
    kill -0 "$window_pid" 2>/dev/null || fail "the window launcher exited: $(tail -5 "$root/window.out")"
    # A window named HazardLog that has drawn something (a blank frame comes first on a slow machine).
    if xdotool search --name "HazardLog" >/dev/null 2>&1; then
        import -window root "$root/shot.png"
        spread=$(convert "$root/shot.png" -format '%[fx:standard_deviation]' info:)
        if awk -v s="$spread" 'BEGIN { exit !(s > 0.05) }'; then
            shown=yes
            sleep 10 # the table's rows after the frame
            break
        fi
    fi
done
[ -n "$shown" ] || fail "no HazardLog window drawn within 240 s"
import -window root "$root/window.png"
convert "$root/window.png" -trim +repage docs/installed-window.png # without the empty screen around it
kill "$window_pid" 2>/dev/null || true
wait "$window_pid" 2>/dev/null || true
echo "deb-install-check: window saved as docs/installed-window.png"

echo "deb-install-check: removing"
in_root dpkg --root="$root" --force-script-chrootless --force-depends --log=/dev/null --purge hazardlog \
    || fail "dpkg could not remove the package"
[ ! -e "$app" ] || fail "/opt/hazardlog is still there after removal: $(find "$app" | head -5)"
[ ! -L "$root/usr/bin/hazardlog" ] || fail "/usr/bin/hazardlog is still there after removal"
echo "deb-install-check: OK"
