#!/bin/sh
# Starts Dialogforum from this folder, with nothing installed. Arguments are passed on: --table starts
# a table laptop, --lang en the English program, "export MEETING --pdf OUT.pdf" writes the minutes.
# It uses the Java runtime in runtime/<system>/ when the folder has one for this system, else a
# Java 17 or newer from JAVA_HOME or the PATH (an unpacked JDK will do).
here=$(cd "$(dirname "$0")" && pwd)
# The commands that write files and end run with the serial collector, as the installed command-line
# launcher does (the serial collector, the quick compiler only): see installer/linux/Dialogforum-cli.properties.
case "${1:-}" in
  export|worksheets) gc="-XX:+UseSerialGC -XX:TieredStopAtLevel=1" ;;
  *) gc= ;;
esac
case "$(uname -s)-$(uname -m)" in
  Linux-x86_64|Linux-amd64) platform=linux ;;
  Linux-aarch64|Linux-arm64) platform=linux-aarch64 ;;
  Darwin-arm64) platform=mac-aarch64 ;;
  Darwin-*) platform=mac ;;
  *) echo "Dialogforum: this system ($(uname -s) $(uname -m)) is not supported." >&2; exit 1 ;;
esac

if [ -x "$here/runtime/$platform/bin/java" ]; then
  # The bundled runtime carries JavaFX inside.
  exec "$here/runtime/$platform/bin/java" $gc -cp "$here/lib/*" dk.dialogforum.app.Main "$@"
fi

java=java
[ -n "${JAVA_HOME:-}" ] && java="$JAVA_HOME/bin/java"
version=$("$java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -1)
if [ -z "$version" ] || [ "$version" -lt 17 ]; then
  echo "Dialogforum kræver Java 17 eller nyere (JAVA_HOME eller PATH); fandt: ${version:-ingen}." >&2
  echo "Dialogforum needs Java 17 or newer (JAVA_HOME or PATH); found: ${version:-none}." >&2
  exit 1
fi
if [ ! -d "$here/lib/javafx/$platform" ]; then
  echo "Dialogforum: this folder has no JavaFX for $platform (lib/javafx/$platform)." >&2
  exit 1
fi
exec "$java" $gc --module-path "$here/lib/javafx/$platform" --add-modules javafx.controls \
  -cp "$here/lib/*" dk.dialogforum.app.Main "$@"
