# Sourced by ./run-tests, ./dipanno and .ci/run: makes sure the Debian packages
# the workbench needs at run time are installed (GTK 3; Xvfb for headless runs).
# Installs the missing ones when running as root with apt-get, otherwise says
# exactly which are missing.

dipanno_ensure_packages() {
  local missing=() pkg
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "dipanno: installing ${missing[*]}" >&2
    apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >&2 || {
      echo "dipanno: could not install ${missing[*]} with apt-get" >&2
      return 1
    }
  else
    echo "dipanno: missing Debian packages: ${missing[*]}" >&2
    echo "  Install them: sudo apt-get install ${missing[*]}" >&2
    return 1
  fi
}
