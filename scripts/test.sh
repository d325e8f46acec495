#!/usr/bin/env bash
# The test command: installs the programs the tests run, finds a JDK 21+, then runs the whole
# Maven verification (formatting check, compile with -Werror, unit and integration tests).
# Extra arguments go to Maven: scripts/test.sh -pl core, scripts/test.sh -Dtest=QuantityTest.
# Exits with Maven's exit code.
set -euo pipefail

ROOT=$(cd -P -- "$(dirname -- "$(readlink -f -- "${BASH_SOURCE[0]}")")/.." && pwd)

"$ROOT/scripts/install-test-deps.sh"

# shellcheck source=scripts/lib/jdk.sh
source "$ROOT/scripts/lib/jdk.sh"
# shellcheck disable=SC2119 # the minimum release is the library default
JAVA_HOME=$(nightshift_find_jdk)
# Tests that start a JVM of their own find this one first, not an older default `java`.
PATH=$JAVA_HOME/bin:$PATH
MAVEN_OPTS="${MAVEN_OPTS:-} $(nightshift_maven_opts "$JAVA_HOME")"
export JAVA_HOME PATH MAVEN_OPTS

printf 'test.sh: JDK %s\n' "$JAVA_HOME" >&2
cd "$ROOT"
exec ./mvnw -B --no-transfer-progress verify "$@"
