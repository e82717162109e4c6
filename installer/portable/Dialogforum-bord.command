#!/bin/sh
# macOS: double-click in the Finder to start Dialogforum as a table laptop from this folder.
exec "$(cd "$(dirname "$0")" && pwd)/Dialogforum.sh" --table "$@"
