# Sourced by ./dipanno and ./dipanno-cli: builds the product when it is missing or
# older than the sources, and sets $dipanno_product to its folder.

dipanno_product="$root/releng/org.dipanno.repository/target/products/org.dipanno.product/linux/gtk/x86_64"

dipanno_ensure_product() {
  local rebuild=${1:-false} launcher
  launcher=$(ls "$dipanno_product"/plugins/org.eclipse.equinox.launcher_*.jar 2>/dev/null | head -n 1 || true)
  if [ -z "$launcher" ] || [ "$rebuild" = true ] || \
     [ -n "$(find "$root/bundles" "$root/features" "$root/releng" "$root/seeds" "$root/target-platform" \
              -newer "$launcher" -type f -not -path '*/target/*' -not -path '*/src-gen/*' \
              -not -path '*/emf-gen/*' -not -path '*/model/generated/*' -print -quit)" ]; then
    echo "dipanno: building the product (tests skipped; ./run-tests runs them)" >&2
    # clean: Tycho's incremental test compile can lose unchanged test classes.
    "$root/mvnw" -B -q -DskipTests clean verify -f "$root/pom.xml" >&2
  fi
}
