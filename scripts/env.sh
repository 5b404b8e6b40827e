# Sourced by ./waspy, ./run-tests and .ci/run: picks a JDK >= 21 and installs what the build needs.
# Everything here is idempotent and quiet when nothing is missing.

waspy_die() { echo "waspy: $*" >&2; exit 69; }  # EX_UNAVAILABLE: the machine lacks something

# java_major JAVA_BIN -> prints the feature version (17, 21, 25, ...) or nothing.
waspy_java_major() {
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p' | head -n 1
}

# Finds a JDK of at least 21: JAVA_HOME, then java on the PATH, then the JDKs under /usr/lib/jvm.
waspy_pick_jdk() {
  local cand candidates=()
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  if command -v java >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
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

# Debian packages the build needs: clang and lld compile the C runtime to wasm32.
waspy_ensure_tools() {
  local missing=()
  command -v mvn >/dev/null 2>&1 || missing+=(maven)
  command -v clang >/dev/null 2>&1 || missing+=(clang)
  command -v wasm-ld >/dev/null 2>&1 || missing+=(lld)
  if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
      echo "waspy: installing ${missing[*]} (Debian packages)..." >&2
      (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}") >&2 \
        || waspy_die "could not install ${missing[*]}; install them with apt-get and retry."
    else
      waspy_die "missing ${missing[*]}: install them (Debian: apt-get install ${missing[*]}) and retry."
    fi
  fi
}

# What the tests need besides the build: Node (second engine for compiled modules) and
# CPython 3.11 (the oracle the expected outputs come from).
waspy_ensure_test_tools() {
  if ! command -v node >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
      echo "waspy: installing nodejs (Debian package)..." >&2
      (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs) >&2 \
        || waspy_die "could not install nodejs; install Node 20 or newer and retry."
    else
      waspy_die "node is missing: install Node 20 or newer and retry."
    fi
  fi
  command -v python3 >/dev/null 2>&1 \
    || waspy_die "python3 (CPython 3.11) is missing: the tests compare against it. Install python3.11 and retry."
}

# npm packages used by the Node runs (wabt, binaryen) go into a project-local folder.
waspy_ensure_node() {
  local root=$1
  command -v node >/dev/null 2>&1 || waspy_die "node (20 or newer) is needed for the Node runs: apt-get install nodejs"
  if [ ! -d "$root/tools/node/node_modules" ] || [ "$root/tools/node/package.json" -nt "$root/tools/node/node_modules" ]; then
    echo "waspy: installing npm packages into tools/node..." >&2
    (cd "$root/tools/node" && npm install --silent --no-audit --no-fund >&2 && touch node_modules) \
      || waspy_die "npm install failed in tools/node"
  fi
}
