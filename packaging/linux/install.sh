#!/bin/sh
# Install a built casebench folder (dist/casebench) for one user or system-wide.
#
#   packaging/linux/install.sh [DIST] [PREFIX]
#
# DIST defaults to dist/casebench; PREFIX to ~/.local (use /usr/local as root for all users).
# Needs no network and no Python. Undo with: packaging/linux/install.sh --uninstall [PREFIX]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)

if [ "${1:-}" = "--uninstall" ]; then
    prefix=${2:-$HOME/.local}
    rm -rf "$prefix/lib/casebench"
    rm -f "$prefix/bin/casebench" "$prefix/share/applications/casebench.desktop" \
          "$prefix/share/metainfo/org.casebench.Workbench.metainfo.xml" \
          "$prefix/share/icons/hicolor/scalable/apps/casebench.svg"
    for size in 16 24 32 48 64 128 256 512; do
        rm -f "$prefix/share/icons/hicolor/${size}x${size}/apps/casebench.png"
    done
    echo "casebench removed from $prefix (case folders and ~/.local/share/casebench are kept)"
    exit 0
fi

dist=${1:-$root/dist/casebench}
prefix=${2:-$HOME/.local}
[ -x "$dist/casebench" ] || { echo "no built program in $dist (run 'make package')" >&2; exit 1; }

mkdir -p "$prefix/lib" "$prefix/bin" "$prefix/share/applications" "$prefix/share/metainfo"
rm -rf "$prefix/lib/casebench"
cp -R "$dist" "$prefix/lib/casebench"
ln -sf "$prefix/lib/casebench/casebench" "$prefix/bin/casebench"
install -m 644 "$here/casebench.desktop" "$prefix/share/applications/casebench.desktop"
install -m 644 "$here/org.casebench.Workbench.metainfo.xml" "$prefix/share/metainfo/"
icons="$root/resources/icons"
[ -d "$icons" ] || icons="$dist/_internal/casebench/resources/icons"
install -D -m 644 "$icons/casebench.svg" "$prefix/share/icons/hicolor/scalable/apps/casebench.svg"
for size in 16 24 32 48 64 128 256 512; do
    install -D -m 644 "$icons/casebench-$size.png" \
        "$prefix/share/icons/hicolor/${size}x${size}/apps/casebench.png"
done
command -v update-desktop-database >/dev/null 2>&1 && \
    update-desktop-database -q "$prefix/share/applications" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && \
    gtk-update-icon-cache -q -t "$prefix/share/icons/hicolor" 2>/dev/null || true
echo "casebench installed in $prefix/lib/casebench; command: $prefix/bin/casebench"
case ":$PATH:" in *":$prefix/bin:"*) ;; *) echo "note: $prefix/bin is not on your PATH" ;; esac
