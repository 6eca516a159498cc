#!/usr/bin/env bash
# Makes sure the system packages needed to build `interview` are installed
# (Debian/Ubuntu), installing any missing ones with apt-get when we are root
# or have password-less sudo. Silent when everything is already present.
# Does not need `make`: the README runs it before `make`.
set -euo pipefail

packages=(libreadline-dev pkg-config make)

# With --test, the test suite's helpers too: Python 3 with jsonschema validates exported
# records against the published JSON Schema; pandas and R read the exports.
if [ "${1:-}" = "--test" ]; then
    if ! { command -v python3 >/dev/null 2>&1 && python3 -c 'import jsonschema' 2>/dev/null; } \
        && ! { [ -x /usr/bin/python3 ] && /usr/bin/python3 -c 'import jsonschema' 2>/dev/null; }; then
        packages+=(python3 python3-jsonschema)
    fi
    # pandas and R read the exports as an analyst would (JSON arrays and lines, CSV numbers and
    # items, the codebook's R script); their tests are skipped, saying why, when these are missing.
    if ! { command -v python3 >/dev/null 2>&1 && python3 -c 'import pandas' 2>/dev/null; } \
        && ! { [ -x /usr/bin/python3 ] && /usr/bin/python3 -c 'import pandas' 2>/dev/null; }; then
        packages+=(python3-pandas)
    fi
    if ! command -v Rscript >/dev/null 2>&1; then
        packages+=(r-base-core)
    fi
    # lxml validates the QDPX project and QDC codebook against the REFI-QDA XML schema.
    if ! { command -v python3 >/dev/null 2>&1 && python3 -c 'import lxml.etree' 2>/dev/null; } \
        && ! { [ -x /usr/bin/python3 ] && /usr/bin/python3 -c 'import lxml.etree' 2>/dev/null; }; then
        packages+=(python3-lxml)
    fi
    # strace delays a system call on purpose: the test that `new` creates and locks a case in one step.
    # tmux is a real terminal emulator: the screen tests read what a person sees at 80 columns.
    packages+=(strace tmux)
fi

# With --test, pyxform (ODK's XLSForm converter, `xls2xform`) from PyPI: the XLSForm tests pass
# our exported workbooks through it. Installed with pip once Python 3 is there.
ensure_pyxform() {
    if [ "${1:-}" != "--test" ] || command -v xls2xform >/dev/null 2>&1; then return 0; fi
    if ! command -v python3 >/dev/null 2>&1; then return 0; fi
    echo "ensure-deps: installing pyxform (xls2xform) with pip..." >&2
    if [ "$(id -u)" -eq 0 ]; then
        python3 -m pip install -q pyxform || python3 -m pip install -q --break-system-packages pyxform
    else
        python3 -m pip install -q --user pyxform || python3 -m pip install -q --user --break-system-packages pyxform
    fi
}

if ! command -v swift >/dev/null 2>&1; then
    echo "ensure-deps: 'swift' is not on your PATH; install the Swift 6 toolchain from https://www.swift.org/install/ and make sure its usr/bin directory is on PATH, then run this again." >&2
    exit 1
fi

missing=()
if command -v dpkg-query >/dev/null 2>&1; then
    for package in "${packages[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$package")
        fi
    done
else
    # Not Debian/Ubuntu: we cannot check packages, so only check the tools.
    for tool in pkg-config make; do
        if ! command -v "$tool" >/dev/null 2>&1; then
            echo "ensure-deps: '$tool' is missing and this is not a Debian/Ubuntu system; install $tool and the readline development headers (e.g. 'brew install readline pkg-config' on macOS), then run this again." >&2
            exit 1
        fi
    done
    exit 0
fi

if [ "${#missing[@]}" -eq 0 ]; then
    ensure_pyxform "${1:-}"
    exit 0
fi

install_command="apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${missing[*]}"

if [ "$(id -u)" -eq 0 ]; then
    echo "ensure-deps: installing ${missing[*]}..." >&2
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    echo "ensure-deps: installing ${missing[*]} with sudo..." >&2
    sudo -n apt-get update -qq
    sudo -n env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
else
    echo "ensure-deps: missing system packages (${missing[*]}); install them by running: sudo sh -c '$install_command'" >&2
    exit 1
fi
ensure_pyxform "${1:-}"
