#!/usr/bin/env bash
# Builds the Linux app-image: target/installer/OfficialPages/bin/OfficialPages.
# A jlink'd Java runtime with just the modules the program needs, and the jars (JavaFX among them)
# on the class path: LanguageTool's jaxb/jakarta jars clash on the module path (design.md).
#   bash installer/linux/build-app-image.sh            # after `mvn package`
#   bash installer/linux/build-app-image.sh --deb      # also a .deb (needs fakeroot)
set -euo pipefail
cd "$(dirname "$0")/../.."
[[ -f target/official-pages.jar && -d target/lib ]] || { echo "Сначала соберите программу: mvn -DskipTests package" >&2; exit 1; }
version=$(unzip -p target/official-pages.jar META-INF/MANIFEST.MF | sed -n 's/^Implementation-Version: *//p' | tr -d '\r')
version=${version:-0.1.0}
rm -rf target/jpackage-input target/runtime target/installer
mkdir -p target/jpackage-input/lib target/installer
cp target/official-pages.jar target/jpackage-input/
cp target/lib/*.jar target/jpackage-input/lib/

modules=java.base,java.desktop,java.logging,java.management,java.naming,java.net.http,java.prefs,java.scripting,java.sql,java.xml,java.xml.crypto,jdk.unsupported,jdk.jfr,jdk.zipfs,jdk.crypto.ec,jdk.localedata,jdk.charsets
strip=()
command -v objcopy >/dev/null && strip=(--strip-debug)
jlink --add-modules "$modules" "${strip[@]}" --no-header-files --no-man-pages --compress=2 \
      --include-locales=ru,en --output target/runtime
# Memory and start-up on an old office PC (issue 10, docs/performance.md): the serial collector and a
# bounded heap keep the window small; C1 only spends less of two cores compiling at start. The young
# generation is fixed at 24 MB (left alone it grows to a third of the heap, and all of it is touched),
# the heap starts at 128 MB (about what the window holds once LanguageTool is loaded, so loading it
# needs no full collections) and keeps 20–40 % free, giving memory back after a peak.
# Keep in step with installer/windows/build-installer.ps1 and WindowFigures.INSTALLER_OPTIONS.
jpackage --type app-image --name OfficialPages --app-version "$version" \
  --vendor "Официальные страницы" --description "Учёт официальных страниц муниципалитета в соцсетях" \
  --input target/jpackage-input --main-jar official-pages.jar --main-class ru.officialpages.app.Main \
  --runtime-image target/runtime --icon installer/icons/official-pages.png \
  --java-options "-Dfile.encoding=UTF-8" --java-options "-XX:+UseSerialGC" --java-options "-Xms128m" \
  --java-options "-Xmx384m" --java-options "-Xmn24m" --java-options "-XX:MinHeapFreeRatio=20" \
  --java-options "-XX:MaxHeapFreeRatio=40" --java-options "-Xss512k" --java-options "-XX:TieredStopAtLevel=1" \
  --dest target/installer
echo "Образ программы: target/installer/OfficialPages (запуск: target/installer/OfficialPages/bin/OfficialPages)"

if [[ ${1:-} == --deb ]]; then
  jpackage --type deb --name official-pages --app-version "$version" \
    --vendor "Официальные страницы" --description "Учёт официальных страниц муниципалитета в соцсетях" \
    --app-image target/installer/OfficialPages --linux-package-deps libgtk-3-0 \
    --linux-shortcut --linux-menu-group Office --dest target/installer
fi
