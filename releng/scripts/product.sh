# Sourced by ./dipanno and ./dipanno-cli: makes sure an installed product exists and sets $dipanno_product to it.
#
# The product is built only when none is installed or when a rebuild is asked for (--rebuild), never because a
# source file changed: a user's command must not rebuild (let alone clean) the product under another command that
# is running on it. Builds are serialized with flock; a command waiting for a build says so. A finished build is
# copied to runtime/products/<time>/ and runtime/product, a symbolic link, is switched to it with one rename, so
# commands see the old product or the new one, never a half-built one. Running commands keep the folder they
# started with; the two newest builds are kept.

dipanno_build_output="$root/releng/org.dipanno.repository/target/products/org.dipanno.product/linux/gtk/x86_64"
dipanno_installed="$root/runtime/product"

dipanno_product_launcher() {
  ls "$1"/plugins/org.eclipse.equinox.launcher_*.jar 2>/dev/null | head -n 1 || true
}

dipanno_ensure_product() {
  local rebuild=${1:-false} lock_file="$root/runtime/build.lock" stamp target
  mkdir -p "$root/runtime/products"
  if [ "$rebuild" != true ] && [ -n "$(dipanno_product_launcher "$dipanno_installed")" ]; then
    dipanno_product=$(readlink -f "$dipanno_installed")
    dipanno_hint_if_stale
    return 0
  fi
  exec 9>"$lock_file"
  if ! flock -n 9; then
    echo "dipanno: another command is building the product; waiting for it" >&2
    flock 9
    rebuild=false # the build just finished is the one asked for
  fi
  if [ "$rebuild" = true ] || [ -z "$(dipanno_product_launcher "$dipanno_installed")" ]; then
    echo "dipanno: building the product (tests skipped; ./run-tests runs them)" >&2
    # No clean: an incremental build, tests not run. Only compiled test classes are removed first: Tycho's
    # incremental test compile can lose unchanged ones (the product holds none; ./run-tests builds from clean).
    rm -rf "$root"/bundles/*/target/test-classes
    "$root/mvnw" -B -q -DskipTests verify -f "$root/pom.xml" >&2
    stamp=$(date +%Y%m%d-%H%M%S)-$$
    target="$root/runtime/products/$stamp"
    cp -a "$dipanno_build_output" "$target.partial"
    mv "$target.partial" "$target"
    ln -sfn "products/$stamp" "$root/runtime/product.new"
    mv -T "$root/runtime/product.new" "$dipanno_installed"
    # Keep the two newest builds (a command started on the previous one may still run).
    ls -1d "$root"/runtime/products/*/ 2>/dev/null | sort | head -n -2 | while read -r old; do rm -rf "$old"; done
  fi
  flock -u 9
  exec 9>&-
  dipanno_product=$(readlink -f "$dipanno_installed")
}

# Says once per run when sources are newer than the installed product (rebuilding stays the user's choice).
dipanno_hint_if_stale() {
  local launcher
  launcher=$(dipanno_product_launcher "$dipanno_product")
  if [ -n "$(find "$root/bundles" "$root/features" "$root/releng" "$root/seeds" "$root/target-platform" \
         -newer "$launcher" -type f -not -path '*/target/*' -not -path '*/src-gen/*' \
         -not -path '*/emf-gen/*' -not -path '*/model/generated/*' -print -quit 2>/dev/null)" ]; then
    echo "dipanno: sources changed since the product was built; add --rebuild to build it again" >&2
  fi
}
