#!/usr/bin/env bash
# Regenerates the expected files of the corpus from CPython, the oracle.
#   corpus/bless.sh              every program under corpus/examples
#   corpus/bless.sh NAME...      only these (NAME or NAME.py)
# For each NAME.py it writes NAME.out (stdout bytes) and, when the exit status is not 0, NAME.exit
# (the status on the first line, CPython's last stderr line on the second when stderr is not empty).
# A NAME.exit left over from an earlier run is removed when the program now exits with 0.
# The command line must match ExpectedOutputsTest: python3 -X utf8 -B NAME.py, run in
# corpus/examples with an empty stdin.
set -euo pipefail
here=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)
examples="$here/examples"

command -v python3 >/dev/null 2>&1 || { echo "bless.sh: python3 is needed (it is the oracle)" >&2; exit 2; }
version=$(python3 -c 'import sys; print("%d.%d" % sys.version_info[:2])')
if [ "$version" != "3.11" ]; then
  echo "bless.sh: the oracle is CPython 3.11, found python3 $version; refusing to bless" >&2
  exit 2
fi

if [ $# -eq 0 ]; then
  set -- "$examples"/*.py
fi

cd "$examples"
for arg in "$@"; do
  name=$(basename "$arg" .py)
  [ -f "$name.py" ] || { echo "bless.sh: no program $examples/$name.py" >&2; exit 2; }
  err=$(mktemp)
  status=0
  python3 -X utf8 -B "$name.py" </dev/null >"$name.out" 2>"$err" || status=$?
  if [ "$status" -ne 0 ]; then
    {
      echo "$status"
      if [ -s "$err" ]; then tail -n 1 "$err"; fi
    } >"$name.exit"
    echo "$name: exit $status $(tail -n 1 "$err")"
  else
    rm -f "$name.exit"
    echo "$name: ok"
  fi
  rm -f "$err"
done
