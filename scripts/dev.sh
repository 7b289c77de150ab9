#!/usr/bin/env bash
# See ./dev for usage. Creates .venv from a Python >= 3.12 and installs the project into it
# (editable, with test extras) whenever pyproject.toml changed since the last install.
set -euo pipefail
venv=.venv
stamp="$venv/.installed-pyproject.sha256"

ensure_venv() {
    if [ ! -x "$venv/bin/python" ] ||
        ! "$venv/bin/python" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 12) else 1)' 2>/dev/null; then
        local py
        py=$(bash scripts/find_python.sh) || exit 1
        echo "[kemitraan] creating $venv with $py ($("$py" --version 2>&1))" >&2
        rm -rf "$venv"
        "$py" -m venv "$venv"
    fi
    local want
    want=$(sha256sum pyproject.toml | cut -d' ' -f1)
    if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
        echo "[kemitraan] installing the project and its dependencies into $venv" >&2
        local log="$venv/install.log"
        if ! { "$venv/bin/python" -m pip install --disable-pip-version-check --upgrade pip &&
            "$venv/bin/python" -m pip install --disable-pip-version-check -e ".[test,dask,viz,ema]"; } \
            >"$log" 2>&1; then
            tail -n 40 "$log" >&2
            echo "[kemitraan] installation failed; the full log is $log" >&2
            exit 1
        fi
        echo "$want" >"$stamp"
    fi
}

cmd="${1:-}"
[ $# -gt 0 ] && shift
case "$cmd" in
    setup) ensure_venv ;;
    run)
        ensure_venv
        exec "$venv/bin/kemitraan" run "$@"
        ;;
    test)
        ensure_venv
        echo "[kemitraan] ruff (lint, format) and mypy on sim/" >&2
        "$venv/bin/ruff" check sim tests benchmarks examples
        "$venv/bin/ruff" format --check sim tests benchmarks examples
        "$venv/bin/mypy" sim
        bash scripts/ensure_chromium.sh
        exec "$venv/bin/python" -m pytest -n "${KEMITRAAN_TEST_WORKERS:-auto}" "$@"
        ;;
    *)
        echo "usage: ./dev run [options] | ./dev test [pytest options] | ./dev setup" >&2
        exit 2
        ;;
esac
