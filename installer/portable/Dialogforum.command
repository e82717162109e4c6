#!/bin/sh
# macOS: double-click in the Finder to start Dialogforum from this folder.
exec "$(cd "$(dirname "$0")" && pwd)/Dialogforum.sh" "$@"
