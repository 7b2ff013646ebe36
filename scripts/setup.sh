#!/usr/bin/env bash
# Set up a fresh Debian machine: the system libraries Qt, PyAV and the tests
# need (installed only when missing) and the Python environment in .venv/.
set -euo pipefail
cd "$(dirname "$0")/.."

SYSTEM_PACKAGES=(
  libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libglib2.0-0
  libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0
  libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libpulse0 libpulse-mainloop-glib0 libasound2
  fontconfig fonts-dejavu-core fonts-noto-core xvfb xauth
  postgresql pulseaudio pulseaudio-utils iproute2 wixl msitools
  libvoikko1 voikko-fi
  clamav-daemon
  wine wine64 osslsigncode
  nodejs
  coturn iptables ethtool chromium
)

missing=()
for pkg in "${SYSTEM_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if ((${#missing[@]})); then
  echo "setup: installing ${#missing[@]} system packages: ${missing[*]}"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

PYTHON="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  echo "setup: creating .venv with $($PYTHON --version)"
  "$PYTHON" -m venv .venv
fi
stamp=.venv/.installed-$(sha256sum pyproject.toml | cut -c1-16)
if [ ! -f "$stamp" ]; then
  echo "setup: installing Python packages into .venv"
  .venv/bin/pip install -q --upgrade pip
  .venv/bin/pip install -q -e ".[test,packaging]"
  rm -f .venv/.installed-* && touch "$stamp"
fi
# The OpenID provider the identity tests and the demo run (tools/oidc-provider:
# panva's oidc-provider, pinned by its package-lock.json).
IDP=tools/oidc-provider
if ! command -v npm >/dev/null; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends npm >/dev/null
fi
idp_stamp=$IDP/node_modules/.installed-$(sha256sum $IDP/package-lock.json | cut -c1-16)
if [ ! -f "$idp_stamp" ]; then
  echo "setup: installing the test identity provider (npm ci in $IDP)"
  (cd $IDP && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
  touch "$idp_stamp"
fi
echo "setup: ready"
