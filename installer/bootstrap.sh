#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine for Hallwright, builds it, then runs the app or the tests.
#   bash installer/bootstrap.sh run    install what is missing, build, open the GUI on the sample hall
#   bash installer/bootstrap.sh test   install what is missing, build, run the whole test suite (ctest)
#   bash installer/bootstrap.sh package  install what is missing, build, make the .deb and .tar.gz in BUILD_DIR/packages
# Environment: BUILD_DIR (default ./build), JOBS (default: number of cores).
set -euo pipefail

mode="${1:-}"
case "$mode" in
  run|test|build|package) ;;
  *) echo "usage: bash installer/bootstrap.sh run|test|build|package" >&2; exit 2 ;;
esac

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${BUILD_DIR:-$root/build}"
jobs="${JOBS:-$(nproc)}"

say() { printf '\n== %s\n' "$*"; }

# 1. Packages: install only what is missing (apt-get is idempotent but slow to ask).
# The list's first column is the package; a "run" tag marks what the .deb depends on.
mapfile -t packages < <(awk '!/^[[:space:]]*(#|$)/ {print $1}' "$root/installer/debian-packages.txt")
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  say "Installing ${#missing[@]} Debian packages: ${missing[*]}"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
else
  say "All ${#packages[@]} Debian packages are installed"
fi

# 2. Configure and build.
say "Building in $build with $jobs jobs"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build "$build" -j "$jobs"

# A display for OpenGL: use the caller's, else start Xvfb and say so.
start_xvfb() {
  if [ -n "${DISPLAY:-}" ] && xdpyinfo >/dev/null 2>&1; then return; fi
  local n=99
  while [ -e "/tmp/.X${n}-lock" ]; do n=$((n + 1)); done
  say "No display found: starting Xvfb on :$n (virtual screen 1920x1080)"
  Xvfb ":$n" -screen 0 1920x1080x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb_pid=$!
  trap 'kill $xvfb_pid 2>/dev/null || true' EXIT
  export DISPLAY=":$n"
  for _ in $(seq 50); do xdpyinfo >/dev/null 2>&1 && return; sleep 0.1; done
  echo "Xvfb did not start on :$n" >&2; exit 1
}

case "$mode" in
  build) ;;
  package)
    say "Making the packages in $build/packages"
    (cd "$build" && cpack -B "$build/packages")
    ls -l "$build"/packages/hallwright_*
    ;;
  run)
    start_xvfb
    say "Opening Hallwright on the sample hall (resources/sample/sample-10240.hall)"
    "$build/app/gui/hallwright" "$root/resources/sample/sample-10240.hall"
    ;;
  test)
    start_xvfb
    say "Running the test suite"
    cd "$build"
    # tests/known-failures.txt lists the tests that fail on main today, with the reason; they are
    # reported here and kept out of the pass/fail verdict until fixed.
    known="$(awk '!/^[[:space:]]*(#|$)/ {print $1}' "$root/tests/known-failures.txt" | paste -sd'|')"
    if [ -n "$known" ]; then
      say "Known failures, not run (tests/known-failures.txt): ${known//|/, }"
      ctest --output-on-failure --timeout 900 -j "$jobs" -E "^($known)\$"
    else
      ctest --output-on-failure --timeout 900 -j "$jobs"
    fi
    ;;
esac
