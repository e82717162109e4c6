#!/usr/bin/env bash
# Renders the icons from their SVG sources: .png for Linux, .ico for Windows, .icns for macOS.
# Needs rsvg-convert (librsvg2-bin), ImageMagick and png2icns (icnsutils). The results are committed,
# so building an installer needs none of these.
set -euo pipefail
cd "$(dirname "$0")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# Each OS folder holds its icons under the names its jpackage arguments use: the launcher icons are
# named after the launchers, so jpackage also finds them in the resource folder on Linux.
icon() { # source, name on Linux, name on Windows and macOS
  for size in 16 32 48 64 128 256 512; do
    rsvg-convert -w $size -h $size "$1.svg" -o "$tmp/$1-$size.png"
  done
  cp "$tmp/$1-256.png" "../linux/$2.png"
  convert "$tmp/$1-16.png" "$tmp/$1-32.png" "$tmp/$1-48.png" "$tmp/$1-64.png" "$tmp/$1-128.png" "$tmp/$1-256.png" "../windows/$3.ico"
  png2icns "../macos/$3.icns" "$tmp/$1-16.png" "$tmp/$1-32.png" "$tmp/$1-128.png" "$tmp/$1-256.png" "$tmp/$1-512.png" >/dev/null
}
icon dialogforum Dialogforum Dialogforum
icon dialogforum-table Dialogforum-bord Dialogforum-bord
icon meeting-file meeting-file meeting-file
icon workshop-file workshop-file workshop-file
# The window icon of the running program, in the sizes window managers ask for.
mkdir -p ../../resources/icons
for size in 32 48 256; do
  cp "$tmp/dialogforum-$size.png" "../../resources/icons/dialogforum-$size.png"
  cp "$tmp/dialogforum-table-$size.png" "../../resources/icons/dialogforum-table-$size.png"
done
