#!/usr/bin/env bash
# Build, sign, package and notarize one program on macOS (run on a Mac with Xcode
# command-line tools; Apple silicon builds arm64, an Intel Mac x86_64):
#
#   packaging/macos/build_macos.sh agent_desktop            # unsigned .app, .pkg, .dmg (dev)
#   DEV_ID_APP="Developer ID Application: Kela (TEAMID1234)" \
#   DEV_ID_INSTALLER="Developer ID Installer: Kela (TEAMID1234)" \
#   TEAM_ID=TEAMID1234 NOTARY_PROFILE=kela-notary \
#   packaging/macos/build_macos.sh customer_client          # signed + notarized + stapled
#
# NOTARY_PROFILE is a keychain profile made once with
#   xcrun notarytool store-credentials kela-notary --apple-id ID --team-id TEAMID1234
# Output in dist/macos/: "<Name>.app", <exe>-<version>.pkg, <exe>-<version>.dmg
set -euo pipefail

APP="${1:?usage: build_macos.sh agent_desktop|customer_client}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
PYTHON="${PYTHON:-$ROOT/.venv/bin/python}"
DIST="$ROOT/dist/macos"
WORK="$ROOT/build/macos/$APP"
DEV_ID_APP="${DEV_ID_APP:-}"
DEV_ID_INSTALLER="${DEV_ID_INSTALLER:-}"
TEAM_ID="${TEAM_ID:-}"
NOTARY_PROFILE="${NOTARY_PROFILE:-}"

cd "$ROOT"
read -r NAME BUNDLE_ID EXE VERSION < <("$PYTHON" - "$APP" <<'PY'
import sys
sys.path.insert(0, "packaging/pyinstaller")
from common import APPS, project_version
a = APPS[sys.argv[1]]
print(a.display_name.replace(" ", "_"), a.bundle_id, a.exe_name, project_version())
PY
)
NAME="${NAME//_/ }"
APP_PATH="$DIST/$NAME.app"
mkdir -p "$WORK"

# 1. PyInstaller .app; with an identity PyInstaller signs every binary inside.
"$PYTHON" -c "import PyInstaller" 2>/dev/null || "$PYTHON" -m pip install --quiet "pyinstaller>=6.10"
MACOS_CODESIGN_IDENTITY="$DEV_ID_APP" "$PYTHON" -m PyInstaller --noconfirm --clean \
  --distpath "$DIST" --workpath "$WORK/pyinstaller" "packaging/pyinstaller/$APP.spec"
"$PYTHON" packaging/smoke_test.py "$APP_PATH/Contents/MacOS/$EXE"

# 2. Sign the bundle itself: hardened runtime + entitlements (camera, microphone).
if [[ -n $DEV_ID_APP ]]; then
  codesign --force --timestamp --options runtime \
    --entitlements packaging/macos/entitlements.plist --sign "$DEV_ID_APP" "$APP_PATH"
  codesign --verify --strict --verbose=2 "$APP_PATH"
fi

# 3. Installer package into /Applications.  BundleIsRelocatable=false: otherwise
#    Installer "upgrades" a copy the user moved elsewhere instead of /Applications.
PKGROOT="$WORK/pkgroot"
rm -rf "$PKGROOT" && mkdir -p "$PKGROOT"
ditto "$APP_PATH" "$PKGROOT/$NAME.app"  # ditto keeps signatures and extended attributes
COMPONENT_PLIST="$WORK/component.plist"
pkgbuild --analyze --root "$PKGROOT" "$COMPONENT_PLIST"
/usr/libexec/PlistBuddy -c "Set :0:BundleIsRelocatable false" "$COMPONENT_PLIST"
pkgbuild --root "$PKGROOT" --component-plist "$COMPONENT_PLIST" --install-location /Applications \
  --identifier "$BUNDLE_ID.pkg" --version "$VERSION" "$WORK/component.pkg"
PKG="$DIST/$EXE-$VERSION.pkg"
# (if/else rather than an empty array: macOS' bash 3.2 treats "${a[@]}" of an
# empty array as unbound under set -u)
if [[ -n $DEV_ID_INSTALLER ]]; then
  productbuild --package "$WORK/component.pkg" --sign "$DEV_ID_INSTALLER" --timestamp "$PKG"
else
  productbuild --package "$WORK/component.pkg" "$PKG"
fi

# 4. Disk image with the app and an /Applications shortcut for drag-install.
STAGE="$WORK/dmg"
rm -rf "$STAGE" && mkdir -p "$STAGE"
ditto "$APP_PATH" "$STAGE/$NAME.app"
ln -s /Applications "$STAGE/Applications"
DMG="$DIST/$EXE-$VERSION.dmg"
hdiutil create -volname "$NAME" -srcfolder "$STAGE" -ov -format UDZO "$DMG"
if [[ -n $DEV_ID_APP ]]; then
  codesign --force --timestamp --sign "$DEV_ID_APP" "$DMG"
fi

# 5. Notarize and staple both deliverables (needs the signed builds above).
if [[ -n $NOTARY_PROFILE && -n $DEV_ID_APP && -n $DEV_ID_INSTALLER ]]; then
  for file in "$PKG" "$DMG"; do
    xcrun notarytool submit "$file" --keychain-profile "$NOTARY_PROFILE" ${TEAM_ID:+--team-id "$TEAM_ID"} --wait
    xcrun stapler staple "$file"
  done
  spctl --assess --type install --verbose "$PKG"
else
  echo "not notarized (set DEV_ID_APP, DEV_ID_INSTALLER and NOTARY_PROFILE to notarize)"
fi
echo "built $PKG and $DMG"
