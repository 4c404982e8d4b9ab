#!/usr/bin/env bash
# File-local names (in an anonymous namespace, or static) that two sources of one library define
# alike: in a unity build, which joins several sources into one unit, they collide or, worse, one
# overload silently takes the other's calls. Which sources share a unit moves as files are added, so
# the rule is checked over the whole library, not over today's batches.
# Usage: test_unity_names.sh SOURCE_ROOT
set -euo pipefail
root="${1:?usage: test_unity_names.sh SOURCE_ROOT}"
status=0
for lib in core app/cli; do
  [ -d "$root/$lib" ] || continue
  # One line per (name, file): names declared at the start of a line inside 'namespace {' ... '} // namespace',
  # or by a 'static' declaration at the start of a line.
  found=$(find "$root/$lib" -name '*.cpp' -print0 | sort -z | xargs -0 awk '
    FNR == 1 { inside = 0 }
    /^namespace[ \t]*\{/ { inside = 1; next }
    inside && /^\}[ \t]*\/\/[ \t]*namespace/ { inside = 0; next }
    /^[ \t}#\/]/ || /^$/ { next }
    {
      line = $0; name = ""
      if (!inside && line !~ /^(\[\[[a-z_ ]+\]\][ \t]*)*static[ \t]/) next
      if (match(line, /^(struct|class|enum( class)?)[ \t]+[A-Za-z_][A-Za-z0-9_]*/)) {
        split(substr(line, 1, RLENGTH), w, /[ \t]+/); name = w[length(w)]
      } else if (match(line, /^using[ \t]+[A-Za-z_][A-Za-z0-9_]*[ \t]*=/)) {
        name = substr(line, 1, RLENGTH); sub(/^using[ \t]+/, "", name); sub(/[ \t]*=$/, "", name)
      } else if (match(line, /[ \t*&][A-Za-z_][A-Za-z0-9_]*[ \t]*[(=\[{]/)) {
        name = substr(line, RSTART + 1, RLENGTH - 1); sub(/[ \t]*[(=\[{]$/, "", name)
      }
      if (name != "" && name !~ /^(if|for|while|return|switch|operator)$/) print name "\t" FILENAME
    }' | sort -u)
  dups=$(printf '%s\n' "$found" | awk -F'\t' 'NF == 2 { n[$1]++; f[$1] = f[$1] " " $2 } END { for (k in n) if (n[k] > 1) print k ":" f[k] }' | sort)
  # Identical type aliases may be repeated in one unit; they are not a collision.
  dups=$(printf '%s\n' "$dups" | grep -v '^Problem:' || true)
  if [ -n "$dups" ]; then
    printf 'File-local names defined in more than one source of %s (rename one, or share it in a header):\n%s\n' "$lib" "$dups"
    status=1
  fi
done
[ "$status" = 0 ] && echo "No file-local name is defined twice in one library."
exit "$status"
