# Sourced by ./mvnw and ./dipanno: selects a JDK of version 21 or newer.
# Order: $JAVA_HOME if it is 21+, then the newest 21+ JDK under /usr/lib/jvm
# (or $DIPANNO_JDK_DIRS), then `java` on the PATH. Exports JAVA_HOME.

dipanno_java_major() {
  # Prints the feature version of the JDK at $1 (e.g. 17, 21, 25), or nothing.
  local home=$1 release version
  release="$home/release"
  if [ -r "$release" ]; then
    version=$(sed -n 's/^JAVA_VERSION="\([0-9][0-9]*\).*/\1/p' "$release")
  fi
  if [ -z "$version" ] && [ -x "$home/bin/java" ]; then
    version=$("$home/bin/java" -XshowSettings:properties -version 2>&1 \
      | sed -n 's/^ *java.specification.version = \([0-9][0-9]*\).*/\1/p')
  fi
  [ "$version" = "1" ] && version=8
  printf '%s' "$version"
}

dipanno_select_jdk() {
  local min=21 candidate major best="" best_major=0 tried=""
  if [ -n "${JAVA_HOME:-}" ]; then
    major=$(dipanno_java_major "$JAVA_HOME")
    if [ -n "$major" ] && [ "$major" -ge "$min" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
      export JAVA_HOME
      return 0
    fi
    tried="JAVA_HOME=$JAVA_HOME (Java ${major:-unknown}); "
  fi
  for candidate in ${DIPANNO_JDK_DIRS:-/usr/lib/jvm}/*; do
    [ -x "$candidate/bin/javac" ] || continue
    major=$(dipanno_java_major "$candidate")
    [ -n "$major" ] || continue
    if [ "$major" -ge "$min" ] && [ "$major" -gt "$best_major" ]; then
      best=$candidate; best_major=$major
    fi
  done
  if [ -z "$best" ] && command -v javac >/dev/null 2>&1; then
    candidate=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
    major=$(dipanno_java_major "$candidate")
    if [ -n "$major" ] && [ "$major" -ge "$min" ]; then best=$candidate; fi
    tried="${tried}javac on PATH (Java ${major:-unknown}); "
  fi
  if [ -z "$best" ]; then
    echo "dipanno: a JDK of version $min or newer is required, and none was found." >&2
    echo "  Looked at: ${tried}JDKs under ${DIPANNO_JDK_DIRS:-/usr/lib/jvm}." >&2
    echo "  Install one (e.g. Temurin 25) or set JAVA_HOME to it." >&2
    return 1
  fi
  export JAVA_HOME=$best
}
