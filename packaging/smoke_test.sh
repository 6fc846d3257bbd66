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
# env -i drops VIRTUAL_ENV, PYTHONPATH, PYTHONHOME and everything else
ENV=(env -i HOME="$WORK/home" CASEBENCH_HOME="$WORK/data" PATH="$NOPY" LANG=C.UTF-8 TMPDIR="$WORK")
cb_env() { "${ENV[@]}" "$@"; }
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
    if cat "$WORK"/ld.* 2>/dev/null | grep -oE 'file=/[^ ]+' | sort -u >"$WORK/loaded"; then
        venv=$(grep -E '\.venv/|pkgvenv|site-packages' "$WORK/loaded" || true)
        outside=$(grep -vE "file=($DIST/|/lib/|/lib64/|/usr/lib/|/usr/lib64/)" "$WORK/loaded" \
                  | tr '\n' ' ' || true)
        bundled=$(grep -c "file=$DIST/" "$WORK/loaded")
        if [ -n "$venv" ]; then
            fail "loads libraries from a virtual environment: $venv"
        else
            pass "no venv: $(wc -l <"$WORK/loaded") shared objects opened by path at run time, $bundled of them from the built folder, none from a venv${outside:+; other: $outside}"
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

# --- 2b. a new case of one's own: Spanish local phone number to E.164 (phonenumbers data) -
OWN="$WORK/Op-Atlantico.casebench"
if has_command new && has_command entity; then
    if { cbp new "$OWN" --title "Operación Atlántico" --country es &&
         cbp entity add "$OWN" --schema Person --set "name=José Luis García Márquez" \
             --set "phone=612 345 678" --grade admiralty:B2 &&
         cbp search "$OWN" garcia; } >"$WORK/log" 2>&1 &&
       id=$(awk '$2=="Person"{print $1; exit}' "$WORK/log") &&
       cbp entity show "$OWN" "$id" >"$WORK/log" 2>&1 && grep -q '+34612345678' "$WORK/log"; then
        pass "own case: new, entity add, search; '612 345 678' (es) stored as +34612345678"
    else
        fail "own case: new / entity add / search / E.164"
    fi
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
# Two workbenches (two CASEBENCH_HOME folders) with their own identities pin each other's
# contact cards; A exports part of the demo case to B; B imports it into a new case,
# verifies it, and imports it again (which must change nothing).
if [ ! -f "$CASE/case.json" ]; then
    skip "bundle export/import: no demo case"
elif ! has_command export || ! has_command import || ! has_command identity; then
    skip "bundle export/import: no 'identity'/'export'/'import' commands in this build yet"
else
    mkdir -p "$WORK/data-b"
    ENV_A=("${ENV[@]}" CASEBENCH_PASSPHRASE=demo CASEBENCH_IDENTITY_PASSPHRASE=smoke-a)
    ENV_B=(env -i HOME="$WORK/home" CASEBENCH_HOME="$WORK/data-b" PATH="$NOPY" LANG=C.UTF-8
           TMPDIR="$WORK" CASEBENCH_PASSPHRASE=demo CASEBENCH_IDENTITY_PASSPHRASE=smoke-b)
    cbA() { "${ENV_A[@]}" "${NET[@]}" "$BIN" "$@"; }
    cbB() { "${ENV_B[@]}" "${NET[@]}" "$BIN" "$@"; }
    PARTNER="$WORK/Partner.casebench"
    BUNDLE="$KEEP/smoke.cbx"
    if { cbA identity create --name "Ana Ruiz" --agency "UDYCO Madrid" --country es &&
         cbB identity create --name "Kwame Mensah" --agency "DLEC Accra" --country gh &&
         cbA identity export-card -o "$WORK/ana.card" &&
         cbB identity export-card -o "$WORK/kwame.card" &&
         cbA partner add "$WORK/kwame.card" --yes &&
         cbA export "$CASE" --to "Kwame Mensah" --tag cell-west-africa --neighbours \
             --legal-basis JIT:SMOKE-2024-1 --purpose "packaging smoke test" -o "$BUNDLE" --yes &&
         cbB partner add "$WORK/ana.card" --yes &&
         cbB new "$PARTNER" --title "Partner copy" --country gh &&
         cbB import "$PARTNER" "$BUNDLE" &&
         cbB verify "$PARTNER"; } >"$WORK/log" 2>&1; then
        pass "bundle: $(grep -m1 '^imported' "$WORK/log" | sed 's/ from .*: /: /')"
        if cbB import "$PARTNER" "$BUNDLE" >"$WORK/log" 2>&1 && grep -qE 'nothing changed| 0 new entities' "$WORK/log"; then
            pass "bundle: importing the same bundle again changes nothing"
        else
            fail "bundle: re-import"
        fi
    else
        fail "bundle export/import"
    fi
    # a partner without casebench: age + minisign + tar + sha256sum on the same bundle kind
    if command -v age >/dev/null && command -v age-keygen >/dev/null && command -v minisign >/dev/null; then
        P="$WORK/plain"; mkdir -p "$P/out"
        age-keygen -o "$P/key.txt" 2>/dev/null
        minisign -G -W -p "$P/plain.pub" -s "$P/plain.key" >/dev/null 2>&1
        printf 'casebench contact card v1\nname: Plain Partner\nagency: Test\ncountry: pt\nage-recipient: %s\nminisign-public-key: %s\n' \
            "$(age-keygen -y "$P/key.txt")" \
            "$(tail -1 "$P/plain.pub")" >"$P/plain.card"
        printf 'untrusted comment: sender key\n%s\n' \
            "$(grep '^minisign-public-key:' "$WORK/ana.card" | cut -d' ' -f2)" >"$P/sender.pub"
        if { cbA partner add "$P/plain.card" --yes &&
             cbA export "$CASE" --to "Plain Partner" --tag cell-portugal \
                 --legal-basis MLA:SMOKE-2 --purpose "standard tools" -o "$P/x.cbx" --yes &&
             (cd "$P/out" && age -d -i ../key.txt ../x.cbx | tar -x &&
              minisign -Vm SHA256SUMS -p ../sender.pub && sha256sum -c SHA256SUMS); } >"$WORK/log" 2>&1
        then
            pass "bundle: opened with the standard tools (age -d | tar -x, minisign -V, sha256sum -c)"
        else
            fail "bundle: standard-tools recipe of docs/guide/partners-without-casebench.md"
        fi
    else
        skip "bundle with standard tools: age / minisign not installed on this machine"
    fi
fi

# --- 5. the window, offscreen, with a screenshot ----------------------------------------
# casebench.ui.app.run captures the window (ui/screenshot.py) when
# CASEBENCH_SMOKE_SCREENSHOT is set, after typing the passphrase into the unlock dialog.
SHOT="$KEEP/window.png"
if [ ! -d "$DIST/_internal/PySide6" ]; then
    skip "window: Qt is not in this build"
elif [ ! -f "$CASE/case.json" ]; then
    skip "window: no demo case to open"
else
    "${ENV[@]}" QT_QPA_PLATFORM=offscreen CASEBENCH_SMOKE_SCREENSHOT="$SHOT" \
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
