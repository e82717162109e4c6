#!/usr/bin/env bash
# Builds the Linux installer and checks it the way a user meets it: installs the .deb with dpkg,
# starts both installed launchers in a real X window (Xvfb) and screenshots them, opens a meeting file
# as a double-click does, runs the headless export from the installed program, measures the installed
# program's start-up, and uninstalls, checking that nothing is left behind. Then the portable zip:
# unpacked, started with its own runtime and with a JDK from JAVA_HOME, and exported from.
#
#   installer/check-linux.sh [--no-build] [--bench]
#
# Needs root (or sudo) for dpkg. Installs what a fresh Debian/Ubuntu machine lacks (Xvfb, xdotool,
# ImageMagick, fakeroot). Screenshots and exports go to target/installer/check/.
set -euo pipefail
cd "$(dirname "$0")/.."

build=yes
bench=no
for arg in "$@"; do
  case "$arg" in
    --no-build) build=no ;;
    --bench) bench=yes ;;
    *) echo "unknown option: $arg" >&2; exit 2 ;;
  esac
done

sudo=""
if [ "$(id -u)" != 0 ]; then
  command -v sudo >/dev/null || { echo "installing a .deb needs root or sudo" >&2; exit 1; }
  sudo="sudo"
fi

fail() { echo "FAILED: $*" >&2; exit 1; }
step() { echo; echo "== $*"; }

need=()
command -v Xvfb >/dev/null || need+=(xvfb)
command -v xdotool >/dev/null || need+=(xdotool)
command -v import >/dev/null || need+=(imagemagick)
command -v fakeroot >/dev/null || need+=(fakeroot)
command -v xdg-mime >/dev/null || need+=(xdg-utils)
if [ ${#need[@]} -gt 0 ]; then
  step "installing ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq "${need[@]}" >/dev/null
fi

out=target/installer/check
if [ "$build" = yes ]; then
  step "building the installer: ./mvnw -B -Pinstaller package -DskipTests"
  ./mvnw -B -q -Pinstaller package -DskipTests
fi
deb=$(ls target/installer/package/dialogforum_*_amd64.deb 2>/dev/null | head -1)
[ -n "$deb" ] || fail "no .deb in target/installer/package"
rm -rf "$out" && mkdir -p "$out"
echo "installer: $deb ($(du -h "$deb" | cut -f1))"

step "installing with dpkg (dependencies from apt first)"
deps=$(dpkg-deb -f "$deb" Depends | tr ',' '\n' | sed 's/([^)]*)//; s/ //g' | grep -v '^$' | tr '\n' ' ')
missing=()
for d in $deps; do dpkg -s "$d" >/dev/null 2>&1 || missing+=("$d"); done
if [ ${#missing[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi
# A desktop machine has a menu system; a minimal one lacks its folders, and xdg-desktop-menu then
# refuses (the package installs anyway, without menu entries). Give this machine a desktop's folders.
$sudo mkdir -p /etc/xdg/menus /usr/share/desktop-directories /usr/share/applications
$sudo dpkg -i "$deb" >"$out/dpkg-install.log" 2>&1 || { cat "$out/dpkg-install.log"; fail "dpkg -i"; }
app=/opt/dialogforum
[ -x $app/bin/Dialogforum ] || fail "no launcher $app/bin/Dialogforum"
[ -x $app/bin/Dialogforum-bord ] || fail "no table launcher $app/bin/Dialogforum-bord"
[ -x $app/bin/Dialogforum-cli ] || fail "no command-line launcher $app/bin/Dialogforum-cli"
# jpackage makes a menu entry for every launcher: the command line's must be hidden.
grep -q '^NoDisplay=true' /usr/share/applications/dialogforum-Dialogforum-cli.desktop \
  || fail "the command-line launcher shows in the menu"
for entry in dialogforum-Dialogforum dialogforum-Dialogforum-bord; do
  [ -f /usr/share/applications/$entry.desktop ] || fail "no menu entry $entry.desktop"
done
grep -q '^Exec=/bin/sh /opt/dialogforum/lib/app/dialogforum-launch Dialogforum %F' /usr/share/applications/dialogforum-Dialogforum.desktop \
  || fail "the menu entry does not pass files to the program"
[ -f $app/lib/app/dialogforum-launch ] || fail "no start script for the menu entries"
for launcher in Dialogforum Dialogforum-bord Dialogforum-cli; do
  # jpackage's own launcher asks the package manager about itself before the program starts.
  [ "$(head -c 2 $app/bin/$launcher)" = '#!' ] || fail "bin/$launcher is not the start script"
done
[ -s $app/lib/app/dialogforum.jsa ] || fail "postinst made no class-data archive"
echo "installed: $(du -sh $app | cut -f1) in $app (class-data archive $(du -h $app/lib/app/dialogforum.jsa | cut -f1)); menu entries:"
grep -L '^NoDisplay=true' /usr/share/applications/dialogforum-Dialogforum*.desktop | xargs grep -h '^Name' | sed 's/^/  /'

step "file types"
touch "$out/probe.dialogforum" "$out/probe.dialogforum-workshop"
meeting_type=$(xdg-mime query filetype "$out/probe.dialogforum")
workshop_type=$(xdg-mime query filetype "$out/probe.dialogforum-workshop")
echo "  *.dialogforum -> $meeting_type, *.dialogforum-workshop -> $workshop_type"
[ "$meeting_type" = application/x-dialogforum-meeting ] || fail "meeting files are $meeting_type"
[ "$workshop_type" = application/x-dialogforum-workshop ] || fail "workshop files are $workshop_type"
grep -q 'MimeType=application/x-dialogforum-meeting;application/x-dialogforum-workshop' \
  /usr/share/applications/dialogforum-Dialogforum.desktop || fail "the menu entry does not claim both file types"
ls /usr/share/icons/hicolor/*/mimetypes/application-x-dialogforum-meeting.png >/dev/null 2>&1 \
  || fail "no icon for meeting files"

step "starting the installed launchers under Xvfb"
display=:97
Xvfb $display -screen 0 1600x1000x24 >/dev/null 2>&1 &
xvfb=$!
home=$(mktemp -d)
# Meetings the check opens stay out of this machine's own data folder.
export DIALOGFORUM_DATA=$home/data
cleanup() {
  kill $xvfb 2>/dev/null || true
  rm -rf "$home"
}
trap cleanup EXIT
sleep 1
export DISPLAY=$display

# Waits for a window whose title matches $1, brings it to the top left, screenshots the screen to $2.
shoot() {
  local id=""
  for _ in $(seq 1 60); do
    id=$(xdotool search --onlyvisible --name "$1" 2>/dev/null | head -1) && [ -n "$id" ] && break
    sleep 0.5
  done
  [ -n "$id" ] || fail "no window named '$1' appeared"
  xdotool windowmove "$id" 0 0 windowsize "$id" 1280 800 windowraise "$id"
  sleep 3
  import -window root -crop 1280x800+0+0 "$2"
  local colours
  colours=$(convert "$2" -format '%k' info:)
  [ "$colours" -gt 50 ] || fail "$2 looks empty ($colours colours)"
  echo "  $2 ($colours colours)"
}

# What the menu entries run, then the launcher in bin/ (a terminal's way).
menu_command() {
  grep '^Exec=' "/usr/share/applications/$1.desktop" | sed 's/^Exec=//; s/ %F$//'
}
HOME=$home $(menu_command dialogforum-Dialogforum) >"$out/facilitator.log" 2>&1 &
pid=$!
shoot "^Dialogforum$" "$out/installed-start.png"
kill $pid; wait $pid 2>/dev/null || true

HOME=$home $(menu_command dialogforum-Dialogforum-bord) >"$out/table.log" 2>&1 &
pid=$!
shoot "^Dialogforum$" "$out/installed-table.png"
kill $pid; wait $pid 2>/dev/null || true

# Killed, as a laptop that loses its power is: the program's faces are read where they lie (a copy in the
# data folder), so nothing is left in the temp folder.
mkdir -p "$home/tmp"
HOME=$home JAVA_TOOL_OPTIONS="-Djava.io.tmpdir=$home/tmp" $app/bin/Dialogforum-bord >"$out/table-launcher.log" 2>&1 &
pid=$!
shoot "^Dialogforum$" "$out/installed-table-launcher.png"
kill -9 $pid; wait $pid 2>/dev/null || true
[ -z "$(ls -A "$home/tmp")" ] || fail "the killed program left in the temp folder: $(ls "$home/tmp" | head -5)"
faces=$(ls "$DIALOGFORUM_DATA/fonts" | grep -c '^NotoSans-.*\.ttf$' || true)
[ "$faces" = 3 ] || fail "the data folder keeps $faces of the program's 3 faces: $(ls "$DIALOGFORUM_DATA/fonts")"
echo "  killed: nothing left in the temp folder; the faces kept in the data folder"

step "opening a meeting file as a double-click does"
cp docs/reference/reference-meeting.dialogforum "$out/meeting.dialogforum"
exec_line=$(menu_command dialogforum-Dialogforum)
HOME=$home $exec_line "$out/meeting.dialogforum" >"$out/open.log" 2>&1 &
pid=$!
shoot "Projektor" "$out/installed-opened-meeting.png"
kill $pid; wait $pid 2>/dev/null || true

step "headless export from the installed program's command-line launcher"
help=$(unset DISPLAY; HOME=$home $app/bin/Dialogforum-cli 2>&1) || fail "the command-line launcher given nothing fails"
grep -q 'dialogforum export' <<<"$help" || fail "the command-line launcher given nothing does not say its commands"
(unset DISPLAY; HOME=$home $app/bin/Dialogforum-cli export docs/reference/reference-meeting.dialogforum \
  --xlsx "$out/referat.xlsx" --pdf "$out/referat.pdf")
head -c 5 "$out/referat.pdf" | grep -q '%PDF-' || fail "the PDF is not a PDF"
said=$(unset DISPLAY; HOME=$home JAVA_TOOL_OPTIONS='-Xlog:class+load=info -Xlog:gc=info' $app/bin/Dialogforum-cli export \
  docs/reference/reference-meeting.dialogforum --pdf "$out/referat-again.pdf" 2>/dev/null)
shared=$(grep -c 'shared objects file' <<<"$said" || true)
echo "  classes from the class-data archive during an export: $shared"
[ "$shared" -gt 1000 ] || fail "the command-line launcher does not use the class-data archive"
grep -q 'Using Serial' <<<"$said" || fail "the command-line launcher does not run with the serial collector"
(unset DISPLAY; HOME=$home $app/bin/Dialogforum export docs/reference/reference-meeting.dialogforum \
  --pdf "$out/referat-from-main.pdf" >/dev/null)
head -c 5 "$out/referat-from-main.pdf" | grep -q '%PDF-' || fail "the program's own launcher no longer exports"
grep -q 'xl/workbook.xml' <<<"$(unzip -l "$out/referat.xlsx")" || fail "the workbook is not a workbook"
echo "  $(du -h "$out/referat.pdf" | cut -f1) PDF, $(du -h "$out/referat.xlsx" | cut -f1) workbook"

if [ "$bench" = yes ]; then
  step "start-up of the installed program against a bare JavaFX window on its runtime"
  [ -d target/test-classes ] || ./mvnw -B -q test-compile
  $app/lib/runtime/bin/java -cp target/test-classes dk.dialogforum.bench.InstalledStartupBenchmark \
    $app/lib/runtime/bin/java $(menu_command dialogforum-Dialogforum) | tee "$out/startup.txt"
  $app/lib/runtime/bin/java -cp target/test-classes dk.dialogforum.bench.InstalledStartupBenchmark \
    $app/lib/runtime/bin/java $app/bin/Dialogforum | tee -a "$out/startup.txt"
fi

step "uninstalling"
$sudo dpkg --purge dialogforum >"$out/dpkg-purge.log" 2>&1 || { cat "$out/dpkg-purge.log"; fail "dpkg --purge"; }
dpkg -s dialogforum >/dev/null 2>&1 && fail "the package is still installed"
[ ! -e $app ] || fail "$app is still there: $(find $app | head -5)"
ls /usr/share/applications/dialogforum-* >/dev/null 2>&1 && fail "menu entries are left behind"
[ "$(xdg-mime query filetype "$out/probe.dialogforum")" != application/x-dialogforum-meeting ] \
  || fail "the meeting file type is still registered"
echo "  removed: no files, menu entries or file types left"

step "the portable zip"
zip=$(ls target/installer/package/dialogforum-*-portable-linux.zip 2>/dev/null | head -1)
[ -n "$zip" ] || fail "no portable zip in target/installer/package"
echo "  $zip ($(du -h "$zip" | cut -f1))"
unpacked=$(mktemp -d)
unzip -q "$zip" -d "$unpacked"
portable=$(ls -d "$unpacked"/Dialogforum-*)
HOME=$home "$portable/Dialogforum-bord.sh" >"$out/portable-table.log" 2>&1 &
pid=$!
shoot "^Dialogforum$" "$out/portable-table.png"
kill $pid; wait $pid 2>/dev/null || true
# Without its runtime (as on an OS it was not built for): JavaFX from lib/javafx, Java from JAVA_HOME.
mv "$portable/runtime" "$unpacked/runtime-aside"
jdk=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
HOME=$home JAVA_HOME=$jdk "$portable/Dialogforum.sh" --lang en >"$out/portable-jdk.log" 2>&1 &
pid=$!
shoot "^Dialogforum$" "$out/portable-with-jdk.png"
kill $pid; wait $pid 2>/dev/null || true
(unset DISPLAY; HOME=$home JAVA_HOME=$jdk "$portable/Dialogforum.sh" export docs/reference/reference-meeting.dialogforum \
  --pdf "$out/portable-referat.pdf" >/dev/null)
head -c 5 "$out/portable-referat.pdf" | grep -q '%PDF-' || fail "the portable export wrote no PDF"
said=$(unset DISPLAY; HOME=$home JAVA_HOME=$jdk JAVA_TOOL_OPTIONS=-Xlog:gc=info "$portable/Dialogforum.sh" export \
  docs/reference/reference-meeting.dialogforum --pdf "$out/portable-referat-2.pdf" 2>/dev/null)
grep -q 'Using Serial' <<<"$said" || fail "the portable export does not run with the serial collector"
# Without a runtime and without any Java: the script must say so, not fail obscurely.
nojava=$(mktemp -d)
for tool in sh uname sed head dirname; do ln -s "$(command -v $tool)" "$nojava/$tool"; done
if HOME=$home JAVA_HOME= PATH=$nojava "$portable/Dialogforum.sh" >"$out/portable-nojava.log" 2>&1; then
  fail "the portable program claims to start without any Java"
fi
rm -rf "$nojava"
grep -q 'Java 17' "$out/portable-nojava.log" || fail "without Java the script does not name what is missing"
rm -rf "$unpacked"
echo "  starts with its own runtime and with a JDK, exports, and names a missing Java"

echo
echo "OK: the .deb installs, both window launchers start, files open, the export runs from the command-line launcher, and it uninstalls cleanly;"
echo "the portable zip runs with its own runtime and with a JDK."
