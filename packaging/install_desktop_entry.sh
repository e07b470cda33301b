#!/usr/bin/env bash
# Linux: add Proof Tutor to the desktop's application menu for the current user.
# Needs `proof-tutor` on PATH (pip install . / pipx install .). Undo with --remove.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
icons="$root/tutor/resources/icons"
[ -d "$icons" ] || icons="$root/resources/icons"
data="${XDG_DATA_HOME:-$HOME/.local/share}"
if [ "${1:-}" = "--remove" ]; then
    rm -f "$data/applications/proof-tutor.desktop"
    rm -f "$data"/icons/hicolor/*/apps/proof-tutor.png "$data/icons/hicolor/scalable/apps/proof-tutor.svg"
    exit 0
fi
command -v proof-tutor >/dev/null || echo "warning: proof-tutor is not on PATH yet" >&2
for size in 16 24 32 48 64 128 256 512; do
    install -Dm644 "$icons/proof-tutor-$size.png" "$data/icons/hicolor/${size}x${size}/apps/proof-tutor.png"
done
install -Dm644 "$icons/proof-tutor.svg" "$data/icons/hicolor/scalable/apps/proof-tutor.svg"
install -Dm644 "$here/proof-tutor.desktop" "$data/applications/proof-tutor.desktop"
command -v update-desktop-database >/dev/null && update-desktop-database "$data/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q "$data/icons/hicolor" 2>/dev/null || true
echo "installed: $data/applications/proof-tutor.desktop"
