#!/usr/bin/env bash
# Installs the programs the test suite runs for real (contract tests start their own servers on
# free ports) on Debian or Ubuntu. Idempotent, and only looks at PATH when everything is there.
#
# Installed packages must not leave their own server running or enabled: policy-rc.d keeps apt from
# starting services during the install, and on a systemd machine the new units are disabled.
set -euo pipefail

# command:package, one a line: the tests need `command`, and the Debian/Ubuntu `package` provides it.
REQUIREMENTS=(
  promtool:prometheus
  prometheus:prometheus
  prometheus-alertmanager:prometheus-alertmanager
  prometheus-redis-exporter:prometheus-redis-exporter
  redis-server:redis-server
  redis-cli:redis-tools
  supervisord:supervisor
  supervisorctl:supervisor
  python3:python3
  curl:curl
  chromium:chromium
)

POLICY=/usr/sbin/policy-rc.d
SUDO=()
created_policy=false

log() { printf 'install-test-deps: %s\n' "$*" >&2; }

# Prints the packages whose command is missing, each once.
missing_packages() {
  local requirement command package
  local -A seen=()
  for requirement in "${REQUIREMENTS[@]}"; do
    command=${requirement%%:*}
    package=${requirement#*:}
    if ! command -v "$command" >/dev/null && [[ -z ${seen[$package]:-} ]]; then
      seen[$package]=1
      printf '%s\n' "$package"
    fi
  done
}

use_sudo_unless_root() {
  if ((EUID != 0)); then
    command -v sudo >/dev/null || {
      log "not root and no sudo: install these packages yourself: $*"
      exit 1
    }
    SUDO=(sudo)
  fi
}

# The Debian way to tell maintainer scripts not to start services (exit 101 = action forbidden);
# both invoke-rc.d and deb-systemd-invoke honour it. Docker images already ship one.
forbid_service_starts() {
  [[ -e $POLICY ]] && return
  "${SUDO[@]}" sh -c "printf '#!/bin/sh\nexit 101\n' >$POLICY && chmod 755 $POLICY"
  created_policy=true
}

allow_service_starts() {
  if [[ $created_policy == true ]]; then
    "${SUDO[@]}" rm -f "$POLICY"
  fi
}

apt_get() {
  "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -q -o DPkg::Lock::Timeout=300 "$@"
}

# Refreshes the package lists only when apt does not know a package yet (a fresh container has no
# lists at all); stale lists are caught by the retry in install_packages.
update_lists_if_needed() {
  local package
  for package in "$@"; do
    if ! apt-cache show "$package" >/dev/null 2>&1; then
      apt_get update
      return
    fi
  done
}

install_packages() {
  local -a install=(install -y --no-install-recommends -o Dpkg::Options::=--force-confold)
  update_lists_if_needed "$@"
  if ! apt_get "${install[@]}" "$@"; then
    log 'install failed; refreshing the package lists and retrying once'
    apt_get update
    apt_get "${install[@]}" "$@"
  fi
}

# Stops whatever server the packages started anyway, through the package's own service (so a
# server the tests started is never touched), and on a systemd machine disables its units: they are
# enabled even when policy-rc.d kept them from starting, and would hold their ports after a reboot.
stop_services_of() {
  local package file
  for package in "$@"; do
    while IFS= read -r file; do
      case $file in
        /etc/init.d/*)
          if [[ ! -d /run/systemd/system ]] && "$file" status >/dev/null 2>&1; then
            log "stopping ${file##*/}, which the package started; the tests start their own"
            "${SUDO[@]}" "$file" stop >/dev/null 2>&1 || true
          fi
          ;;
        */lib/systemd/system/*.service)
          if [[ -d /run/systemd/system ]]; then
            log "disabling ${file##*/}; the tests start their own"
            "${SUDO[@]}" systemctl disable --now "${file##*/}" >/dev/null 2>&1 || true
          fi
          ;;
      esac
    done < <(dpkg -L "$package" 2>/dev/null)
  done
}

# Fails when a command is still missing, e.g. installed into a directory that is not on PATH.
check_commands() {
  local requirement command missing=()
  for requirement in "${REQUIREMENTS[@]}"; do
    command=${requirement%%:*}
    command -v "$command" >/dev/null || missing+=("$command (${requirement#*:})")
  done
  if ((${#missing[@]} > 0)); then
    log "still missing after the install: ${missing[*]}"
    exit 1
  fi
}

main() {
  local -a packages
  mapfile -t packages < <(missing_packages)
  if ((${#packages[@]} == 0)); then
    log "present: ${REQUIREMENTS[*]%%:*}"
    return
  fi
  command -v apt-get >/dev/null || {
    log "no apt-get here; install these packages yourself: ${packages[*]}"
    exit 1
  }
  use_sudo_unless_root "${packages[@]}"
  log "installing ${packages[*]}"
  trap allow_service_starts EXIT
  forbid_service_starts
  install_packages "${packages[@]}"
  allow_service_starts
  created_policy=false
  stop_services_of "${packages[@]}"
  check_commands
}

main "$@"
