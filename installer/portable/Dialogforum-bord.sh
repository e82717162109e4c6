#!/bin/sh
# Starts Dialogforum as a table laptop, from this folder, with nothing installed.
exec "$(cd "$(dirname "$0")" && pwd)/Dialogforum.sh" --table "$@"
