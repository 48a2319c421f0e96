#!/bin/sh
# Planner's two commands on a fresh machine (Debian 12+ / Ubuntu 24.04+ / macOS 12+):
#   ./planner.sh run  [planner arguments]   set up, then start the app (default: the demo database)
#   ./planner.sh test [pytest arguments]    set up, then run the whole test suite
#   ./planner.sh lint                       set up, then check lint (ruff) and types (mypy)
# Windows: see README.md ("On Windows").
set -eu
cd "$(dirname "$0")"
VENV="${PLANNER_VENV:-.venv}"

pick_python() {
    for candidate in "${PYTHON:-}" python3.13 python3.12 python3.11 python3; do
        [ -n "$candidate" ] || continue
        if command -v "$candidate" >/dev/null 2>&1 &&
           "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
            echo "$candidate"; return 0
        fi
    done
    echo "planner.sh: Python 3.11 or newer is needed; install it and run again." >&2
    exit 2
}

system_packages() {
    # One list (system-packages.txt): installed here when we are root with apt, else printed.
    command -v dpkg >/dev/null 2>&1 || return 0
    missing=""
    for pkg in $(grep -v '^#' system-packages.txt | tr -s ' \n' ' '); do
        dpkg -s "$pkg" >/dev/null 2>&1 || missing="$missing $pkg"
    done
    [ -n "$missing" ] || return 0
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        echo "planner.sh: installing system packages:$missing" >&2
        DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
    else
        echo "planner.sh: some system packages are missing; install them with:" >&2
        echo "    sudo apt-get install$missing" >&2
    fi
}

python_env() {
    if [ ! -x "$VENV/bin/python" ]; then
        "$(pick_python)" -m venv "$VENV"
    fi
    stamp="$VENV/.planner-installed"
    want=$(cat pyproject.toml | cksum)
    if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
        "$VENV/bin/python" -m pip install -q --upgrade pip
        "$VENV/bin/python" -m pip install -q -e ".[test]"
        echo "$want" > "$stamp"
    fi
}

command="${1:-run}"
[ $# -gt 0 ] && shift
case "$command" in
    run)
        system_packages
        python_env
        exec "$VENV/bin/python" main.py "$@" ;;
    test)
        system_packages
        python_env
        QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}" exec "$VENV/bin/python" -m pytest "$@" ;;
    lint)
        python_env
        "$VENV/bin/python" -m ruff check planner tests
        exec "$VENV/bin/python" -m mypy planner ;;
    *)
        echo "usage: ./planner.sh run [planner arguments] | ./planner.sh test [pytest arguments]" \
             "| ./planner.sh lint" >&2
        exit 2 ;;
esac
