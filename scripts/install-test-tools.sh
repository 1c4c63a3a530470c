#!/usr/bin/env bash
# Installs the system tools the tests drive, when missing: Debian's Chromium (browser and e2e
# tests), poppler-utils (pdftotext/pdftoppm on exported PDFs) and a font for the PDFs.
set -euo pipefail
need=()
[ -n "${CHROMIUM_PATH:-}" ] && [ -x "${CHROMIUM_PATH}" ] || [ -x /usr/bin/chromium ] || need+=(chromium)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
[ -d /usr/share/fonts/truetype/dejavu ] || need+=(fonts-dejavu-core)
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "Obeya tests need: ${need[*]}. Install them (Debian/Ubuntu: sudo apt-get install ${need[*]}) or set CHROMIUM_PATH." >&2
  exit 1
fi
echo "Installing with apt: ${need[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
