# shellcheck shell=bash
# Finds a JDK new enough to build and run Nightshift, so no script depends on which `java` happens
# to be first on PATH (Debian 12's default is 17; the build needs 21).
#
#   source scripts/lib/jdk.sh
#   JAVA_HOME=$(nightshift_find_jdk) || exit 1
#
# Safe to source under `set -euo pipefail`; defines only functions named nightshift_* and
# _nightshift_*, sets no global variables and changes no shell options. ./nightshift calls it on
# every run, so the common paths fork at most once or twice.

# Stores in variable $2 the feature release ("8", "17", "25") of the JDK at $1, or fails when $1
# is not a JDK (bin/java and bin/javac; a JRE cannot compile mvnw's downloader or the build).
# Reads the `release` file every JDK since 8 ships, which is free, and only asks the JVM itself,
# which costs 0.1-0.2 s, when that file is missing or says nothing usable.
_nightshift_jdk_major() {
  local home=$1 line version=''
  [[ -n $home && -x $home/bin/java && -x $home/bin/javac ]] || return 1
  if [[ -r $home/release ]]; then
    while IFS= read -r line || [[ -n $line ]]; do
      if [[ $line == JAVA_VERSION=* ]]; then
        version=${line#JAVA_VERSION=}
        version=${version//\"/}
        break
      fi
    done <"$home/release"
  fi
  if [[ -z $version ]]; then
    while IFS= read -r line; do
      if [[ $line == *java.specification.version\ =* ]]; then
        version=${line##*= }
        break
      fi
    done < <("$home/bin/java" -XshowSettings:properties -version 2>&1 || true)
  fi
  version=${version#1.} # 1.8.0_292 -> 8.0_292
  version=${version%%[!0-9]*}
  [[ -n $version ]] || return 1
  printf -v "$2" '%s' "$version"
}

# Stores in variable $2 the JDK home containing the command $1 found on PATH, following the
# symlink chain /usr/bin/java -> /etc/alternatives/java -> <home>/bin/java.
_nightshift_home_on_path() {
  local name=$1 dir found='' resolved
  local -a dirs
  IFS=: read -r -a dirs <<<"${PATH:-}"
  for dir in "${dirs[@]}"; do
    if [[ -n $dir && -x $dir/$name && ! -d $dir/$name ]]; then
      found=$dir/$name
      break
    fi
  done
  [[ -n $found ]] || return 1
  resolved=$(readlink -f -- "$found" 2>/dev/null) || resolved=$found
  resolved=${resolved%/*} # <home>/bin
  printf -v "$2" '%s' "${resolved%/*}"
}

# Prints the JAVA_HOME of a JDK (bin/java and bin/javac) with feature release >= $1 (default 21,
# maven.compiler.release in pom.xml).
# Order: $JAVA_HOME, the java and the javac on PATH, then the highest release found under
# /usr/lib/jvm, /usr/local/lib/jvm, /opt/java, /opt/jdk*, SDKMAN and ~/.jdks. Returns 1 and says on
# stderr what was searched and how to fix it when none qualifies.
nightshift_find_jdk() {
  local min=${1:-21}
  local home major best='' best_major=0 name
  local -a searched=()

  # Explicit choices first: the user's JAVA_HOME, then whatever `java`/`javac` resolve to.
  for name in JAVA_HOME java javac; do
    home='' major=''
    if [[ $name == JAVA_HOME ]]; then
      home=${JAVA_HOME:-}
    else
      _nightshift_home_on_path "$name" home || true
    fi
    [[ -n $home ]] || continue
    if _nightshift_jdk_major "$home" major && ((major >= min)); then
      printf '%s\n' "$home"
      return 0
    fi
    searched+=("$home (${major:+Java }${major:-not a JDK})")
  done

  # Then the usual install locations, taking the newest release rather than the first listed.
  for home in /usr/lib/jvm/* /usr/local/lib/jvm/* /opt/java /opt/java/* /opt/jdk* \
    "${SDKMAN_DIR:-${HOME:-/nonexistent}/.sdkman}"/candidates/java/* "${HOME:-/nonexistent}"/.jdks/*; do
    [[ -x $home/bin/java ]] || continue
    major=''
    if _nightshift_jdk_major "$home" major && ((major >= min && major > best_major)); then
      best=$home
      best_major=$major
    fi
    searched+=("$home (${major:+Java }${major:-not a JDK})")
  done
  if [[ -n $best ]]; then
    printf '%s\n' "$best"
    return 0
  fi
  _nightshift_explain_missing_jdk "$min" "${searched[@]}"
  return 1
}

_nightshift_explain_missing_jdk() {
  local min=$1 entry
  local -A shown=()
  shift
  {
    printf 'nightshift: no JDK %s or newer found (a JDK has both bin/java and bin/javac).\n' "$min"
    printf 'Searched JAVA_HOME (%s), the java and javac on PATH, /usr/lib/jvm/*,\n' \
      "${JAVA_HOME:-unset}"
    printf '/usr/local/lib/jvm/*, /opt/java, /opt/jdk*, ~/.sdkman/candidates/java/*, ~/.jdks/*.\n'
    printf 'Found:\n'
    (($# > 0)) || printf '  no Java at all\n'
    for entry in "$@"; do
      [[ -z ${shown[$entry]:-} ]] || continue
      shown[$entry]=1
      printf '  %s\n' "$entry"
    done
    printf 'Fix: install a JDK %s or newer, for example\n' "$min"
    printf '  Debian 13, Ubuntu 24.04: sudo apt-get install openjdk-21-jdk-headless (or -25-)\n'
    printf '  anywhere:                https://adoptium.net (Temurin) or https://sdkman.io\n'
    printf 'or point JAVA_HOME at one: export JAVA_HOME=/path/to/jdk\n'
  } >&2
}

# Prints JVM options for Maven itself that keep its output readable on the JDK at $1: Maven 3.9's
# bundled Guice calls sun.misc.Unsafe, which JDK 24+ warns about on every build.
nightshift_maven_opts() {
  local major=''
  if _nightshift_jdk_major "$1" major && ((major >= 24)); then
    printf '%s\n' '--sun-misc-unsafe-memory-access=allow'
  fi
}
