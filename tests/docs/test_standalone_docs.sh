#!/usr/bin/env bash
# The repository stands alone: README, docs, code comments, tests and catalog sources cite only
# files inside it (docs/engineering-reference.md, docs/cli.md), never design notes kept elsewhere.
# Usage: test_standalone_docs.sh SOURCE_DIR
set -euo pipefail
root="$1"
cd "$root"
# The names of outside notes, spelled so that this file does not match itself.
pattern='(DOMAIN|DESIGN|STYLE|interface)[.]md|[.][.]/shared|/work/shared'
paths=(README.md ARCHITECTURE.md CMakeLists.txt docs core app views resources tests installer cmake .ci)
existing=()
for p in "${paths[@]}"; do [ -e "$p" ] && existing+=("$p"); done
if hits=$(grep -rnIE "$pattern" "${existing[@]}" --exclude-dir=build --exclude=test_standalone_docs.sh); then
  echo "references to files outside the repository (cite docs/engineering-reference.md or docs/cli.md):"
  echo "$hits"
  exit 1
fi
# Every file a doc links to by a relative path exists.
status=0
while IFS= read -r -d '' md; do
  dir=$(dirname "$md")
  while IFS= read -r target; do
    target="${target%%#*}"
    [ -z "$target" ] && continue
    case "$target" in http*|mailto:*) continue ;; esac
    [ -e "$dir/$target" ] || { echo "$md links to $target, which does not exist"; status=1; }
  done < <(grep -oE '\]\([^)]+\)' "$md" | sed -E 's/^\]\((.*)\)$/\1/' | sed -E 's/[[:space:]].*$//')
done < <(find README.md ARCHITECTURE.md docs -name '*.md' -print0 2>/dev/null)
[ $status = 0 ] && echo "1 passed, 0 failed"
exit $status
