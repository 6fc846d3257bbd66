#!/usr/bin/env bash
# Smoke test of the built program (make package-test): runs dist/casebench/casebench as an
# investigator's laptop would — no network, no Python on PATH, an empty home — and checks
# that it works without the development or build virtual environments.
#
#   packaging/smoke_test.sh [DIST]          (DIST defaults to dist/casebench)
#
# Steps whose command is not in this build yet print "SKIPPED <step>: <why>"; a step that
# runs and fails prints "FAIL" and makes the script exit 1. Artefacts (the window
# screenshot, the briefing pack) are kept in build/smoke/.
set -u

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
DIST=$(cd "${1:-$ROOT/dist/casebench}" && pwd) || { echo "FAIL: no built folder" >&2; exit 1; }
BIN="$DIST/casebench"
KEEP="$ROOT/build/smoke"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/casebench-smoke.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
rm -rf "$KEEP" && mkdir -p "$KEEP"

PASSED=0; FAILED=0; SKIPPED=0
pass() { echo "PASS    $1"; PASSED=$((PASSED + 1)); }
fail() { echo "FAIL    $1"; FAILED=$((FAILED + 1)); [ -f "$WORK/log" ] && sed 's/^/        | /' "$WORK/log" | tail -25; }
skip() { echo "SKIPPED $1"; SKIPPED=$((SKIPPED + 1)); }

[ -x "$BIN" ] || { echo "FAIL: $BIN is not an executable (run 'make package')" >&2; exit 1; }

# --- the environment: no Python on PATH, no network, empty home ------------------------
# PATH: /usr/bin and /bin as links, minus every python / pip / pydoc.
NOPY="$WORK/bin"; mkdir -p "$NOPY"
for f in /usr/bin/* /bin/*; do
    name=${f##*/}
    case "$name" in python*|pip*|pydoc*|idle*|2to3*|pyvenv*) continue ;; esac
    [ -e "$NOPY/$name" ] || ln -s "$f" "$NOPY/$name"
done
if env -i PATH="$NOPY" sh -c 'command -v python3 || command -v python' >/dev/null 2>&1; then
    echo "FAIL: a python is still reachable on the test PATH" >&2; exit 1
fi

NET=()
if unshare -n true 2>/dev/null; then
    NET=(unshare -n)
    echo "network: none (unshare -n: only a down loopback interface)"
else
    echo "network: NOT isolated (unshare -n is not available here: needs root or user namespaces)"
fi
echo "PATH:    /usr/bin and /bin without python ($(ls "$NOPY" | wc -l) commands)"
echo "binary:  $BIN"

mkdir -p "$WORK/home" "$WORK/data"
cb_env() {  # env -i drops VIRTUAL_ENV, PYTHONPATH, PYTHONHOME and everything else
    env -i HOME="$WORK/home" CASEBENCH_HOME="$WORK/data" PATH="$NOPY" LANG=C.UTF-8 \
        TMPDIR="$WORK" "$@"
}
cb() { cb_env "${NET[@]}" "$BIN" "$@"; }
cbp() { cb_env CASEBENCH_PASSPHRASE=demo "${NET[@]}" "$BIN" "$@"; }
has_command() { grep -qE "^    $1 " "$WORK/help"; }

cd "$WORK" || exit 1

# --- 1. --version -----------------------------------------------------------------------
if cb --version >"$WORK/log" 2>&1 && grep -q '^casebench [0-9]' "$WORK/log"; then
    pass "--version: $(tr '\n' ';' <"$WORK/log" | sed 's/;$//; s/;/; /g')"
    grep -q "^SQLCipher 4" "$WORK/log" || fail "--version does not name SQLCipher 4"
else
    fail "--version"
fi
cb --help >"$WORK/help" 2>&1 || fail "--help"

# --- 2. the demo case, built with the frozen program ------------------------------------
CASE="$WORK/Mar-Azul.casebench"
if ! has_command demo; then
    skip "demo: no 'demo' command in this build"
elif cb_env LD_DEBUG=files LD_DEBUG_OUTPUT="$WORK/ld" "${NET[@]}" "$BIN" demo "$CASE" --no-gui \
        >"$WORK/log" 2>&1 && [ -f "$CASE/case.json" ]; then
    pass "demo: $(grep -m1 -E 'people' "$WORK/log" | sed 's/^ *//')"
    # every shared object the program loaded: none may come from a venv or site-packages
    if cat "$WORK"/ld.* 2>/dev/null | grep -oE 'file=[^ ]+' | sort -u >"$WORK/loaded"; then
        venv=$(grep -E '\.venv/|pkgvenv|site-packages' "$WORK/loaded" || true)
        outside=$(grep -vE "file=($DIST/|/lib/|/lib64/|/usr/lib/|/usr/lib64/)" "$WORK/loaded" \
                  | grep -v 'file=$' || true)
        if [ -n "$venv" ]; then
            fail "loads libraries from a virtual environment: $venv"
        else
            pass "independent of any venv: $(wc -l <"$WORK/loaded") shared objects loaded, all from the built folder or system library folders${outside:+ (other: $outside)}"
        fi
    fi
    rm -f "$WORK"/ld.*
    if cbp verify "$CASE" >"$WORK/log" 2>&1; then
        pass "verify: $(tail -1 "$WORK/log")"
    else
        fail "verify of the demo case"
    fi
    if cbp search "$CASE" joao >"$WORK/log" 2>&1 && grep -q "João" "$WORK/log"; then
        pass "search: 'joao' finds 'João' (accent folding in the frozen SQLCipher)"
    else
        fail "search"
    fi
else
    fail "demo --no-gui"
fi

# --- 3. briefing pack (the 'brief' command of issue 7; 'pack' as an older name) ---------
PACKCMD=""
has_command brief && PACKCMD=brief
[ -z "$PACKCMD" ] && has_command pack && PACKCMD=pack
if [ ! -f "$CASE/case.json" ]; then
    skip "briefing pack: no demo case"
elif [ -z "$PACKCMD" ]; then
    skip "briefing pack: no 'brief' (or 'pack') command in this build yet"
else
    # Hide the system fonts (private mount namespace) so the pack must use the DejaVu
    # fonts bundled in the program, as on a machine without them.
    HIDE=()
    mkdir -p "$WORK/nofonts"
    if unshare -m sh -c "mount --bind '$WORK/nofonts' /usr/share/fonts" 2>/dev/null; then
        HIDE=(unshare -m sh -c "mount --bind '$WORK/nofonts' /usr/share/fonts && exec \"\$0\" \"\$@\"")
    fi
    ok=1
    for spec in "pdf en" "docx es"; do
        set -- $spec
        out="$KEEP/briefing-$2.$1"
        if cb_env CASEBENCH_PASSPHRASE=demo "${NET[@]}" "${HIDE[@]}" "$BIN" $PACKCMD "$CASE" \
                --format "$1" --lang "$2" -o "$out" >"$WORK/log" 2>&1 && [ -s "$out" ]; then
            :
        else
            ok=0; fail "$PACKCMD --format $1 --lang $2"
        fi
    done
    if [ $ok = 1 ]; then
        head -c 5 "$KEEP/briefing-en.pdf" | grep -q '%PDF-' || fail "briefing PDF is not a PDF"
        if grep -aq 'DejaVu' "$KEEP/briefing-en.pdf"; then
            pass "$PACKCMD: PDF (en) and DOCX (es) written, DejaVu embedded${HIDE[*]:+ with the system fonts hidden}"
        else
            fail "$PACKCMD: the PDF does not embed the bundled DejaVu fonts (Helvetica fallback)"
        fi
    fi
fi

# --- 4. partner bundle: export, then import into a second workbench ---------------------
# CLI of issue 6: identity export-card, partner add, export CASE --to PARTNER -o FILE.cbx,
# import CASE FILE.cbx --accept-key.
if [ ! -f "$CASE/case.json" ]; then
    skip "bundle export/import: no demo case"
elif ! has_command export || ! has_command import; then
    skip "bundle export/import: no 'export'/'import' commands in this build yet"
else
    B_DATA="$WORK/data-partner"; mkdir -p "$B_DATA"
    cbB() { env -i HOME="$WORK/home" CASEBENCH_HOME="$B_DATA" PATH="$NOPY" LANG=C.UTF-8 \
            TMPDIR="$WORK" CASEBENCH_PASSPHRASE=demo "${NET[@]}" "$BIN" "$@"; }
    ok=1
    { cbB identity export-card -o "$WORK/partner.card" &&
      cbp identity export-card -o "$WORK/sender.card" &&
      cbp partner add "$WORK/partner.card" --yes &&
      cbp export "$CASE" --to "$(cbB identity show --fingerprint 2>/dev/null || echo partner)" \
          -o "$KEEP/smoke.cbx" &&
      cbB partner add "$WORK/sender.card" --yes &&
      cbB new "$WORK/Partner.casebench" --title "Partner copy" &&
      cbB import "$WORK/Partner.casebench" "$KEEP/smoke.cbx" --accept-key; } >"$WORK/log" 2>&1 || ok=0
    if [ $ok = 1 ] && cbB verify "$WORK/Partner.casebench" >>"$WORK/log" 2>&1; then
        pass "bundle: exported $(du -h "$KEEP/smoke.cbx" | cut -f1) and imported into a partner's case"
    else
        fail "bundle export/import (check the commands in packaging/smoke_test.sh step 4 against 'casebench export --help')"
    fi
fi

# --- 5. the window, offscreen, with a screenshot ----------------------------------------
# The runtime hook packaging/rthook_smoke.py captures the window when
# CASEBENCH_SMOKE_SCREENSHOT is set, after typing the passphrase into the unlock dialog.
SHOT="$KEEP/window.png"
if [ ! -d "$DIST/_internal/PySide6" ]; then
    skip "window: Qt is not in this build"
elif [ ! -f "$CASE/case.json" ]; then
    skip "window: no demo case to open"
else
    cb_env QT_QPA_PLATFORM=offscreen CASEBENCH_SMOKE_SCREENSHOT="$SHOT" \
        CASEBENCH_SMOKE_PASSPHRASE=demo CASEBENCH_SMOKE_DELAY_MS=8000 \
        "${NET[@]}" "$BIN" open "$CASE" >"$WORK/log" 2>&1 &
    pid=$!
    sleep 4
    # what the running window has mapped: nothing from a venv
    maps=$(grep -oE '/[^ ]+$' "/proc/$pid/maps" 2>/dev/null | sort -u || true)
    wait $pid; rc=$?
    if grep -q "smoke: screenshot" "$WORK/log" && [ $rc = 0 ] && [ -s "$SHOT" ]; then
        pass "window: $(grep -m1 'smoke: screenshot' "$WORK/log" | sed "s|$KEEP/||; s/^smoke: //")"
        if [ -n "$maps" ]; then
            if echo "$maps" | grep -qE '\.venv/|pkgvenv|site-packages'; then
                fail "the window maps files from a virtual environment"
            else
                pass "window: $(echo "$maps" | wc -l) mapped files, none from a venv or site-packages"
            fi
        fi
    elif grep -q "No module named 'casebench.ui" "$WORK/log"; then
        skip "window: casebench.ui.app is not in this build"
    else
        fail "window offscreen (exit $rc)"
    fi
fi

# --- summary ----------------------------------------------------------------------------
echo "size:    $(du -sh "$DIST" | cut -f1) in $DIST"
echo "result:  $PASSED passed, $SKIPPED skipped, $FAILED failed; artefacts in ${KEEP#$ROOT/}/"
[ "$FAILED" = 0 ]
