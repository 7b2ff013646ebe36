#!/usr/bin/env bash
# Refresh the .ts catalogs from the sources and compile them to .qm.
# Run after changing user-visible strings; the .qm files are committed.
# English is the source language: its catalogs hold only the plural forms
# ("%n minute(s)" -> "1 minute", "7 minutes"), made with lupdate -pluralonly.
#   scripts/translations.sh                  # both catalogs
#   scripts/translations.sh customer_client  # one catalog
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin
catalogs=("${@:-agent_desktop customer_client}")
for catalog in ${catalogs[*]}; do
  case "$catalog" in
    agent_desktop) langs="en fi sv" ;;
    customer_client) langs="en fi sv ru ckb" ;;
    *) echo "unknown catalog $catalog" >&2; exit 2 ;;
  esac
  sources=$(find "$catalog" client_core -name '*.py' | sort)
  for lang in $langs; do
    ts="resources/translations/${catalog}_${lang}.ts"
    only=""
    if [ "$lang" = en ]; then only="-pluralonly"; fi
    # lupdate and lrelease do not know Sorani (ckb): they refuse to update the file
    # and drop its plural forms. Kurdish (ku) has the same two forms (one, other),
    # so the tools run on it and the file says ckb_IQ again afterwards.
    if [ "$lang" = ckb ]; then sed -i 's/language="ckb_IQ"/language="ku"/' "$ts"; fi
    $BIN/pyside6-lupdate $sources -ts "$ts" -no-obsolete -silent $only
    $BIN/pyside6-lrelease "$ts" -qm "${ts%.ts}.qm" -silent
    if [ "$lang" = ckb ]; then sed -i 's/language="ku"/language="ckb_IQ"/' "$ts"; fi
  done
done
