#!/usr/bin/env bash
# Builds the packages with CPack and checks them as a user's machine would see them:
# control fields, contents, declared run-time dependencies, and the installed program
# run from a scratch root (dpkg -x) on the installed sample hall.
#   test_package.sh BUILD_DIR CPACK DEPENDS VERSION WITH_GUI
set -euo pipefail
build=$1 cpack=$2 depends=$3 version=$4 gui=$5

fail() { echo "FAIL: $*" >&2; exit 1; }
pass() { echo "ok: $*"; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# 1. Build both packages into a scratch folder (not the build tree's top level).
( cd "$build" && "$cpack" -B "$work/out" >"$work/cpack.log" 2>&1 ) || { cat "$work/cpack.log"; fail "cpack failed"; }
deb=$(ls "$work"/out/hallwright_*_amd64.deb 2>/dev/null | head -1)
tgz=$(ls "$work"/out/hallwright_*_amd64.tar.gz 2>/dev/null | head -1)
[ -f "$deb" ] || fail "no .deb produced (cpack output: $(ls "$work/out"))"
[ -f "$tgz" ] || fail "no .tar.gz produced"
pass "built $(basename "$deb") ($(du -h "$deb" | cut -f1)) and $(basename "$tgz")"

# 2. Control fields.
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = hallwright ] || fail "Package is '$(field Package)'"
[ "$(field Version)" = "$version" ] || fail "Version is '$(field Version)', expected $version"
[ "$(field Architecture)" = amd64 ] || fail "Architecture is '$(field Architecture)'"
[ -n "$(field Maintainer)" ] || fail "no Maintainer"
[ -n "$(field Description)" ] || fail "no Description"
declared=$(field Depends)
[ "$declared" = "$depends" ] || fail "Depends '$declared' is not the package list's run-time set '$depends'"
pass "control fields: Package, Version $version, Architecture, Maintainer, Description, Depends"

# 3. Contents.
dpkg-deb -c "$deb" | awk '{print $NF}' | sed 's|^\./|/|' >"$work/contents"
need=(/usr/bin/hallwright-cli /usr/share/hallwright/sample/sample-10240.hall /usr/share/hallwright/sample/sample-10240.json)
if [ "$gui" = 1 ]; then
  need+=(/usr/bin/hallwright
         /usr/share/applications/org.hallwright.Hallwright.desktop
         /usr/share/mime/packages/hallwright.xml
         /usr/share/metainfo/org.hallwright.Hallwright.metainfo.xml
         /usr/share/icons/hicolor/48x48/apps/org.hallwright.Hallwright.png
         /usr/share/icons/hicolor/256x256/apps/org.hallwright.Hallwright.png
         /usr/share/icons/hicolor/scalable/apps/org.hallwright.Hallwright.svg
         /usr/share/icons/hicolor/48x48/mimetypes/application-x-hallwright.png)
fi
for f in "${need[@]}"; do grep -qx "$f" "$work/contents" || fail "package lacks $f"; done
pass "contents: ${#need[@]} required files present"
! grep -q '^/usr/include\|\.a$' "$work/contents" || fail "package ships headers or static libraries"

# 4. Unpack into a scratch root and check the desktop integration files.
root="$work/root"
dpkg -x "$deb" "$root"
if [ "$gui" = 1 ]; then
  desktop-file-validate "$root/usr/share/applications/org.hallwright.Hallwright.desktop" || fail "desktop entry does not validate"
  grep -q '^MimeType=application/x-hallwright;' "$root/usr/share/applications/org.hallwright.Hallwright.desktop" \
    || fail "desktop entry does not open application/x-hallwright"
  grep -q 'pattern="\*\.hall"' "$root/usr/share/mime/packages/hallwright.xml" || fail "MIME type has no *.hall glob"
  appstreamcli validate --no-net --pedantic "$root/usr/share/metainfo/org.hallwright.Hallwright.metainfo.xml" \
    >"$work/appstream.log" 2>&1 || { cat "$work/appstream.log"; fail "AppStream metadata does not validate"; }
  grep -q "<release version=\"$version\"" "$root/usr/share/metainfo/org.hallwright.Hallwright.metainfo.xml" \
    || fail "AppStream release is not $version"
  # The MIME database built from our file maps a .hall file to our type.
  mkdir -p "$work/mime/packages" && cp "$root/usr/share/mime/packages/hallwright.xml" "$work/mime/packages/"
  update-mime-database "$work/mime" >/dev/null 2>&1 || fail "update-mime-database rejects hallwright.xml"
  grep -q 'application/x-hallwright:\*\.hall' "$work/mime/globs2" || fail "MIME globs lack *.hall"
  pass "desktop entry, MIME type and AppStream metadata validate"
fi

# 5. Every shared library the installed binaries load comes from a declared package.
bins=("$root/usr/bin/hallwright-cli")
[ "$gui" = 1 ] && bins+=("$root/usr/bin/hallwright")
IFS=', ' read -r -a declared_list <<<"$depends"
for b in "${bins[@]}"; do
  for lib in $(readelf -d "$b" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p'); do
    path=$(ldd "$b" | awk -v l="$lib" '$1 == l {print $3}')
    [ -n "$path" ] && [ "$path" != "not" ] || fail "$(basename "$b") needs $lib, which is not found"
    owner=""
    for p in "$path" "$(readlink -f "$path")" "/usr$path" "${path#/usr}"; do
      owner=$(dpkg -S "$p" 2>/dev/null | head -1 | cut -d: -f1) && [ -n "$owner" ] && break
    done
    [ -n "$owner" ] || fail "no Debian package owns $path ($lib)"
    found=0
    for d in "${declared_list[@]}"; do [ "$d" = "$owner" ] && found=1; done
    [ $found = 1 ] || fail "$(basename "$b") loads $lib from package $owner, which the .deb does not declare (mark it 'run' in installer/debian-packages.txt)"
  done
done
pass "every NEEDED library of ${#bins[@]} binaries is provided by a declared dependency"

# 6. The installed CLI runs from the scratch root on the installed sample.
cli="$root/usr/bin/hallwright-cli"
out=$("$cli" --version) || fail "installed hallwright-cli --version failed"
case "$out" in *"$version"*) ;; *) fail "--version printed '$out', not $version" ;; esac
"$cli" summary "$root/usr/share/hallwright/sample/sample-10240.hall" --json >"$work/summary.json" \
  || fail "installed hallwright-cli summary on the installed sample failed"
grep -q '"schema": *"hallwright.summary/1"' "$work/summary.json" || fail "summary is not hallwright.summary/1 JSON"
grep -q '"accelerators": *10240' "$work/summary.json" || fail "installed sample does not report 10240 accelerators"
pass "installed hallwright-cli --version ($out) and summary of the installed sample"

# 7. The tarball holds the same program.
tar -tzf "$tgz" >"$work/tgz-contents"
grep -q 'bin/hallwright-cli$' "$work/tgz-contents" || fail "tarball lacks bin/hallwright-cli"
pass "tarball contents"
