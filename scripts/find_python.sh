#!/usr/bin/env bash
# Print the path of a Python >= 3.12 interpreter, or explain what to install and fail.
# Looks at $KEMITRAAN_PYTHON, python3.x on PATH, pyenv's versions, then common prefixes.
set -uo pipefail

is_ok() {
    [ -n "$1" ] && [ -x "$1" ] &&
        "$1" -c 'import sys, venv; sys.exit(0 if sys.version_info >= (3, 12) else 1)' 2>/dev/null
}

candidates=()
[ -n "${KEMITRAAN_PYTHON:-}" ] && candidates+=("$KEMITRAAN_PYTHON")
for name in python3.14 python3.13 python3.12 python3 python; do
    p=$(command -v "$name" 2>/dev/null) && candidates+=("$p")
done
pyenv_root="${PYENV_ROOT:-$HOME/.pyenv}"
if command -v pyenv >/dev/null 2>&1; then
    for v in $(pyenv versions --bare 2>/dev/null | sort -rV); do
        candidates+=("$(pyenv prefix "$v" 2>/dev/null)/bin/python")
    done
fi
for d in $(ls -d "$pyenv_root"/versions/3.* 2>/dev/null | sort -rV); do
    candidates+=("$d/bin/python")
done
for d in /usr/local/bin /usr/bin /opt/python*/bin; do
    for v in 3.14 3.13 3.12; do candidates+=("$d/python$v"); done
done

for c in "${candidates[@]}"; do
    if is_ok "$c"; then echo "$c"; exit 0; fi
done

cat >&2 <<'MSG'
error: Kemitraan needs Python 3.12 or newer (with the venv module), and none was found.
Looked at: $KEMITRAAN_PYTHON, python3.14/3.13/3.12/python3 on PATH, pyenv versions
(~/.pyenv/versions/*), /usr/local/bin and /usr/bin.
Install one, for example:
  - Debian/Ubuntu:  apt-get install python3.12 python3.12-venv
  - pyenv:          pyenv install 3.12
  - or download it from python.org
then run this command again (or point KEMITRAAN_PYTHON at its python executable).
MSG
exit 1
