#!/bin/sh
# Puts a start script in place of each launcher jpackage made in the application image's bin/: it runs
# lib/app/dialogforum-launch, as the menu entries do, instead of asking the package manager about itself
# first (a few hundred milliseconds on a desktop with many packages). Linux only.
#
#   replace-launchers.sh IMAGE      IMAGE: the application image (…/image/Dialogforum)
set -e
image=${1:?usage: replace-launchers.sh IMAGE}
for launcher in "$image"/bin/*; do
  name=$(basename "$launcher")
  [ -r "$image/lib/app/$name.cfg" ] || continue
  cat >"$launcher" <<SCRIPT
#!/bin/sh
# Dialogforum's $name: starts the program through lib/app/dialogforum-launch with the settings in lib/app/$name.cfg.
exec /bin/sh "\$(dirname "\$(readlink -f "\$0")")/../lib/app/dialogforum-launch" $name "\$@"
SCRIPT
  chmod 755 "$launcher"
done
