#!/usr/bin/env bash
# See ./dev for usage. Creates .venv from a Python >= 3.12 and installs the project into it
# (editable, with test extras, at the versions of requirements.lock) whenever
# pyproject.toml or requirements.lock changed since the last install.
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
    want=$(cat pyproject.toml requirements.lock | sha256sum | cut -d' ' -f1)
    if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
        install_packages
        echo "$want" >"$stamp"
    fi
}

# The exact versions of requirements.lock, then the project itself (editable, no
# dependencies of its own to resolve), with uv: a fast installer that downloads in parallel
# (about 15 s for the ~150 packages, against minutes for pip). uv is used from PATH, or
# bootstrapped into the venv by pip (one wheel, a second or two). Without uv (the bootstrap
# failed), pip installs the lock, naming each package as it comes. A lock that does not
# install here (a Python its pins have no wheels for) falls back to the ranges in
# pyproject.toml, and says so.
install_packages() {
    local log="$venv/install.log" total started=$SECONDS uv
    total=$(grep -c '^[A-Za-z0-9]' requirements.lock)
    : >"$log"
    if uv=$(find_uv); then
        echo "[kemitraan] installing $total packages at the versions of requirements.lock into" \
            "$venv with uv (about 15-60 s the first time; the full log is $log)" >&2
        if "$uv" pip install --python "$venv/bin/python" -r requirements.lock 2>&1 |
            tee -a "$log" | grep -E --line-buffered '^(Resolved|Prepared|Installed|Audited) ' |
            sed -u 's/^/[kemitraan]   /' >&2
            [ "${PIPESTATUS[0]}" -eq 0 ] &&
            "$uv" pip install --python "$venv/bin/python" --no-deps -e . >>"$log" 2>&1; then
            echo "[kemitraan] installed in $((SECONDS - started)) s" >&2
            return
        fi
        echo "[kemitraan] uv could not install the lock (see $log); trying pip" >&2
    fi
    install_with_pip "$log" "$total"
    echo "[kemitraan] installed in $((SECONDS - started)) s" >&2
}

# uv from PATH, or the venv's own, bootstrapped by pip; fails quietly when neither works.
find_uv() {
    if [ "${KEMITRAAN_NO_UV:-}" = 1 ]; then return 1; fi
    if command -v uv >/dev/null 2>&1; then command -v uv; return; fi
    if [ ! -x "$venv/bin/uv" ]; then
        echo "[kemitraan] bootstrapping the uv installer into $venv (pip install uv)" >&2
        "$venv/bin/python" -m pip install --disable-pip-version-check -q uv \
            >>"$venv/install.log" 2>&1 || return 1
    fi
    echo "$venv/bin/uv"
}

install_with_pip() {
    local log="$1" total="$2" pip=("$venv/bin/python" -m pip --disable-pip-version-check)
    echo "[kemitraan] installing $total packages at the versions of requirements.lock into" \
        "$venv with pip (about 1-3 minutes the first time; the full log is $log)" >&2
    if ! "${pip[@]}" install --upgrade pip >>"$log" 2>&1; then
        tail -n 20 "$log" >&2
        echo "[kemitraan] could not update pip; the full log is $log" >&2
        exit 1
    fi
    if "${pip[@]}" install --progress-bar off -r requirements.lock 2>&1 | tee -a "$log" |
        awk -v total="$total" '/^(Collecting|Processing) /{n++; name = $2; sub(/.*\//, "", name)
            printf "[kemitraan]   %d/%d %s\n", n, total, name > "/dev/stderr"}
            /^Installing collected/{print "[kemitraan]   unpacking them ..." > "/dev/stderr"}'
        [ "${PIPESTATUS[0]}" -eq 0 ]; then
        "${pip[@]}" install --no-deps -e . >>"$log" 2>&1 || { tail -n 20 "$log" >&2; exit 1; }
    else
        echo "[kemitraan] requirements.lock does not install with this Python; installing" \
            "the ranges of pyproject.toml instead (versions may differ from the lock)" >&2
        if ! "${pip[@]}" install -e ".[test,dask,viz,ema]" >>"$log" 2>&1; then
            tail -n 40 "$log" >&2
            echo "[kemitraan] installation failed; the full log is $log" >&2
            exit 1
        fi
    fi
}

cmd="${1:-}"
[ $# -gt 0 ] && shift
case "$cmd" in
    setup) ensure_venv ;;
    lock)
        ensure_venv
        "$venv/bin/python" -m pip install --disable-pip-version-check -e ".[test,dask,viz,ema]" \
            >"$venv/install.log" 2>&1
        {
            sed -n '1,3p' requirements.lock
            echo "# pyproject.toml. Python $("$venv/bin/python" -c 'import platform; print(platform.python_version())'), $(date -u +%Y-%m-%d)."
            "$venv/bin/python" -m pip freeze --disable-pip-version-check --exclude-editable
        } >requirements.lock.new
        mv requirements.lock.new requirements.lock
        echo "[kemitraan] wrote requirements.lock ($(grep -c '^[A-Za-z0-9]' requirements.lock) packages)" >&2
        ;;
    run)
        ensure_venv
        exec "$venv/bin/kemitraan" run "$@"
        ;;
    test)
        ensure_venv
        echo "[kemitraan] ruff (lint, format), mypy on sim/ and mypy --strict on the model core" >&2
        "$venv/bin/ruff" check sim tests benchmarks examples
        "$venv/bin/ruff" format --check sim tests benchmarks examples
        "$venv/bin/mypy" sim
        # the model core, strict; numpy's results are Any, so returning one is allowed, and
        # Mesa ships no types, so our agents and model may subclass it
        "$venv/bin/mypy" --strict --no-warn-return-any --allow-subclassing-any \
            --cache-dir .mypy_cache/strict \
            sim/core sim/world sim/infra/randomness.py sim/infra/sorting.py sim/params \
            sim/mechanisms sim/monthly sim/levers sim/barriers sim/model.py sim/metrics.py \
            sim/agents.py
        bash scripts/ensure_chromium.sh
        exec "$venv/bin/python" -m pytest -n "${KEMITRAAN_TEST_WORKERS:-auto}" --dist loadgroup "$@"
        ;;
    *)
        echo "usage: ./dev run [options] | ./dev test [pytest options] | ./dev setup | ./dev lock" >&2
        exit 2
        ;;
esac
