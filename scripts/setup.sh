#!/usr/bin/env bash
# Install everything baocao needs on a fresh Debian machine (run as root).
#   bash scripts/setup.sh          # the tool, Tesseract (vie + eng) and Datasette
#   bash scripts/setup.sh --test   # the same, plus the test tools and Chromium for the browser test
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(tesseract-ocr tesseract-ocr-vie tesseract-ocr-eng fonts-dejavu-core)
extras="datasette"
if [[ "${1:-}" == "--test" ]]; then
  packages+=(chromium)
  extras="datasette,test"
fi

missing=()
for package in "${packages[@]}"; do
  dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
if ((${#missing[@]})); then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

python3 -m pip install --quiet --disable-pip-version-check --root-user-action=ignore -e ".[${extras}]"
# pyenv only puts new console scripts on PATH after a rehash.
command -v pyenv >/dev/null 2>&1 && pyenv rehash || true
