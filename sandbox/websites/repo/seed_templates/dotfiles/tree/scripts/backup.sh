#!/usr/bin/env bash
# Nightly backup of ~/Documents to the NAS.
set -euo pipefail
rsync -a --delete "$HOME/Documents/" "nas.local:/backups/$(hostname)/Documents/"
