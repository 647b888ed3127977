#!/bin/sh
# make-projection-reference.sh: writes projection-reference.tsv, the points test-projection
# checks parity-projection.c against, computed by PROJ's `proj` (Debian's proj-bin) on the
# unit sphere. Run by hand when the points change; the test reads the file, never PROJ.
#
# SPDX-License-Identifier: GPL-3.0-or-later
set -eu
cd "$(dirname "$0")"

points='0 0
10 20
-170 -50
179 84
-179 -84
45.5 -12.25
-75 40
120 -33
33.3 66.6
-8 0.5'

out=projection-reference.tsv
{
  printf '# Written by make-projection-reference.sh with %s; do not edit\n' \
    "$(proj 2>&1 | head -n 1 | cut -d, -f1)"
  printf 'kind\tlon0\tlat0\tlon\tlat\tx\ty\n'
  for centre in 'eqearth 0 0' 'eqearth 160 0' 'eqearth -90 0' 'laea 16 1' 'laea -90 14' \
                'laea 170 -15' 'laea 40 60' 'laea 0 90'; do
    set -- $centre
    case $1 in
      eqearth) params="+proj=eqearth +R=1 +lon_0=$2" ;;
      laea)    params="+proj=laea +R=1 +lon_0=$2 +lat_0=$3" ;;
    esac
    printf '%s\n' "$points" | proj $params -f %.15f | paste - /dev/fd/3 3<<POINTS |
$points
POINTS
      while read -r x y lon lat; do
        printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$lon" "$lat" "$x" "$y"
      done
  done
} > "$out"
