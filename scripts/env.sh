# Sourced by ./waspy, ./run-tests and .ci/run: picks a JDK >= 21 and installs what the build needs.
# Everything here is idempotent and quiet when nothing is missing.

WASPY_ROOT=${WASPY_ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}

waspy_die() { echo "waspy: $*" >&2; exit 69; }  # EX_UNAVAILABLE: the machine lacks something

# java_major JAVA_BIN -> prints the feature version (17, 21, 25, ...) or nothing. Read from the JDK's
# `release` file when it has one (every JDK since 9): starting a JVM only to ask costs 0.1 s of CPU
# per candidate, on every ./waspy command. Shell builtins only (no sed, no dirname): this runs for
# every candidate JDK on every command.
waspy_java_major() {
  local release line
  release="${1%/*}"; release="${release%/*}/release"
  if [ -f "$release" ]; then
    while IFS= read -r line || [ -n "$line" ]; do
      if [[ "$line" =~ ^JAVA_VERSION=\"([0-9][0-9.]*) ]]; then echo "${BASH_REMATCH[1]}"; return 0; fi
    done <"$release"
  fi
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p' | head -n 1
}

# Finds a JDK of at least 21: JAVA_HOME, then java on the PATH, then the JDKs under /usr/lib/jvm.
waspy_pick_jdk() {
  local cand java candidates=()
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  if java=$(command -v java 2>/dev/null); then
    java=$(readlink -f "$java")
    candidates+=("${java%/bin/java}")
  fi
  for cand in /usr/lib/jvm/*; do [ -d "$cand" ] && candidates+=("$cand"); done
  for cand in "${candidates[@]}"; do
    if [ -x "$cand/bin/java" ] && [ -x "$cand/bin/javac" ]; then
      local major; major=$(waspy_java_major "$cand/bin/java")
      if [ -n "$major" ] && [ "${major%%.*}" -ge 21 ] 2>/dev/null; then
        export JAVA_HOME="$cand"
        # Maven's bundled Guava calls sun.misc.Unsafe; JDK 24+ warns about it on every run.
        if [ "${major%%.*}" -ge 24 ] && [[ "${MAVEN_OPTS:-}" != *sun-misc-unsafe* ]]; then
          export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
        fi
        return 0
      fi
    fi
  done
  waspy_die "no JDK of version 21 or newer found (looked at JAVA_HOME, java on the PATH, /usr/lib/jvm/*). Install one, e.g. 'apt-get install openjdk-21-jdk' where available, and set JAVA_HOME."
}

# What a machine needs, read from scripts/requirements.tsv (the one list of what the project
# installs). waspy_requirements NEED... prints "probe<TAB>package" for each row whose need is one of
# NEED and whose probe is absent: a command not on the PATH, or an absolute path (glob) matching no file.
waspy_requirements() {
  local probe package need why wanted
  while IFS=$'\t' read -r probe package need why; do
    case "$probe" in ''|'#'*) continue ;; esac
    for wanted in "$@"; do
      [ "$need" = "$wanted" ] || continue
      if [[ "$probe" == /* ]]; then
        compgen -G "$probe" >/dev/null && continue
      else
        command -v "$probe" >/dev/null 2>&1 && continue
      fi
      printf '%s\t%s\n' "$probe" "$package"
    done
  done < "$WASPY_ROOT/scripts/requirements.tsv"
}

# waspy_ensure MODE NEED...: installs the Debian packages of the absent rows (as root with apt-get).
# MODE "required": anything still absent stops with a message; "optional": it is only reported.
waspy_ensure() {
  local mode=$1; shift
  local absent packages=() unlisted=() probe package
  absent=$(waspy_requirements "$@")
  [ -z "$absent" ] && return 0
  while IFS=$'\t' read -r probe package; do
    if [ "$package" = "-" ]; then unlisted+=("$probe"); else packages+=("$package"); fi
  done <<< "$absent"
  if [ ${#packages[@]} -gt 0 ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
      echo "waspy: installing ${packages[*]} (Debian packages)..." >&2
      (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${packages[@]}") >&2 \
        || echo "waspy: apt-get could not install ${packages[*]}" >&2
    fi
  fi
  absent=$(waspy_requirements "$@")
  [ -z "$absent" ] && return 0
  local what; what=$(cut -f1 <<< "$absent" | tr '\n' ' ')
  if [ "$mode" = required ]; then
    waspy_die "missing: ${what}(see scripts/requirements.tsv for the Debian package of each; python3 must be CPython 3.11)."
  fi
  echo "waspy: not available: ${what}(what needs them reports itself unavailable)." >&2
}

# What every build needs: clang and lld compile the C runtime to wasm32.
waspy_ensure_tools() { waspy_ensure required build; }

# What the tests need besides the build (Node, CPython, wasi-libc, compiler-rt for wasm32, wabt).
waspy_ensure_test_tools() { waspy_ensure required build test; }

# waspy_ensure_npm DIR: installs the npm packages of DIR/package.json into DIR/node_modules when they
# are missing or older than package.json (needs npm: scripts/requirements.tsv). Returns 1 on failure.
waspy_ensure_npm() {
  local dir=$1
  if [ ! -d "$dir/node_modules" ] || [ "$dir/package.json" -nt "$dir/node_modules" ]; then
    command -v npm >/dev/null 2>&1 || { echo "waspy: npm is missing, cannot install $dir" >&2; return 1; }
    echo "waspy: installing npm packages into ${dir#"$WASPY_ROOT"/}..." >&2
    (cd "$dir" && npm install --silent --no-audit --no-fund >&2 && touch node_modules) || return 1
  fi
}

# waspy_ensure_pip DIR: installs the Python packages of DIR/requirements.txt into DIR/site (python3 -m
# pip --target) when they are missing or older than requirements.txt (needs pip:
# scripts/requirements.tsv). Returns 1 on failure (PyPI unreachable, for one).
waspy_ensure_pip() {
  local dir=$1
  if [ ! -d "$dir/site" ] || [ "$dir/requirements.txt" -nt "$dir/site" ]; then
    echo "waspy: installing Python packages into ${dir#"$WASPY_ROOT"/}/site..." >&2
    rm -rf "$dir/site"
    (python3 -m pip install --quiet --disable-pip-version-check --no-input --target "$dir/site" \
      -r "$dir/requirements.txt" >&2 && touch "$dir/site") || { rm -rf "$dir/site"; return 1; }
  fi
}

# npm packages used by the Node runs of the benchmark report (peers, binaryen) go into tools/node.
waspy_ensure_node() {
  local root=$1
  command -v node >/dev/null 2>&1 || waspy_die "node (20 or newer) is needed for the Node runs: apt-get install nodejs"
  waspy_ensure_npm "$root/tools/node" || waspy_die "npm install failed in tools/node"
}
