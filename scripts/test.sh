#!/usr/bin/env bash
# Runs every test of petface: installs what is missing (Debian packages, PixelMed jars, npm test data),
# then builds all modules with Maven/Tycho and runs the unit tests, the OSGi (Equinox) test and the
# CLI end-to-end tests. Extra arguments go to Maven (e.g. -o for offline).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --with-test-data
./mvnw -B verify "$@"
