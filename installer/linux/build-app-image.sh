#!/usr/bin/env bash
# Builds the Linux app-image: target/installer/OfficialPages/bin/OfficialPages.
# A jlink'd Java runtime with just the modules the program needs, and the jars (JavaFX among them)
# on the class path: LanguageTool's jaxb/jakarta jars clash on the module path (design.md).
#   bash installer/linux/build-app-image.sh            # after `mvn package`
#   bash installer/linux/build-app-image.sh --deb      # also a .deb (needs fakeroot)
set -euo pipefail
cd "$(dirname "$0")/../.."
[[ -f target/official-pages.jar && -d target/lib ]] || { echo "Сначала соберите программу: mvn -DskipTests package" >&2; exit 1; }

# The installed program runs on its own runtime, made here by jlink from a JDK 25 (issue 20): the
# program is still compiled for Java 17 (`--release 17`, `java -jar` on Java 17 works as before), but
# Java 25's launcher and JVM give the installed program a class-data archive made on its first start
# (below). The JDK: $JDK25_HOME, else $JAVA_HOME if it is a JDK 25 or newer, else the usual Debian path.
jdk_feature() {
  local v
  v=$("$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
  v=${v%%.*}
  echo "${v:-0}"
}
jdk=""
for candidate in "${JDK25_HOME:-}" "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/java-25-openjdk-amd64; do
  if [[ -n $candidate && -x $candidate/bin/jlink && -x $candidate/bin/jpackage ]] && (( $(jdk_feature "$candidate") >= 25 )); then
    jdk=$candidate
    break
  fi
done
if [[ -z $jdk ]]; then
  echo "Для образа программы нужен JDK 25 или новее (jlink, jpackage): укажите его папку в JDK25_HOME" >&2
  echo "(искали в JDK25_HOME, JAVA_HOME, /usr/lib/jvm/temurin-25-jdk-amd64, /usr/lib/jvm/java-25-openjdk-amd64)." >&2
  exit 1
fi
echo "JDK для образа: $jdk"
jlink=$jdk/bin/jlink
jpackage=$jdk/bin/jpackage
version=$(unzip -p target/official-pages.jar META-INF/MANIFEST.MF | sed -n 's/^Implementation-Version: *//p' | tr -d '\r')
version=${version:-0.1.0}
rm -rf target/jpackage-input target/runtime target/installer
mkdir -p target/jpackage-input/lib target/installer
cp target/official-pages.jar target/jpackage-input/
cp target/lib/*.jar target/jpackage-input/lib/

modules=java.base,java.desktop,java.logging,java.management,java.naming,java.net.http,java.prefs,java.scripting,java.sql,java.xml,java.xml.crypto,jdk.unsupported,jdk.jfr,jdk.zipfs,jdk.crypto.ec,jdk.localedata,jdk.charsets
strip=()
command -v objcopy >/dev/null && strip=(--strip-debug)
# The runtime's own class-data archive, the base the program's archive builds on, is dumped with the
# launcher's --enable-native-access (below): with a different value the JVM refuses its module graph
# and says so on every start. (jlink's --generate-cds-archive dumps it without.)
"$jlink" --add-modules "$modules" "${strip[@]}" --no-header-files --no-man-pages --compress=zip-6 \
      --include-locales=ru,en --output target/runtime
target/runtime/bin/java -Xshare:dump --enable-native-access=ALL-UNNAMED -Xlog:cds=error >/dev/null
# Memory and start-up on an old office PC (issue 10, docs/performance.md): the serial collector and a
# bounded heap keep the window small; C1 only spends less of two cores compiling at start. The young
# generation is fixed at 24 MB (left alone it grows to a third of the heap, and all of it is touched),
# the heap starts at 128 MB (about what the window holds once LanguageTool is loaded, so loading it
# needs no full collections) and keeps 20–40 % free, giving memory back after a peak.
# Start-up (issue 20): the JVM keeps the classes the program loaded in an archive in the user's
# folder, made when the first run exits and used by every later start (a quarter to a half of the
# start's CPU time is loading and checking classes). Its name carries this build's version and time:
# the JVM does not remake an archive whose jars have changed (it only stops using it), so a new build
# gets a new file, and the program deletes the archives of earlier builds (Main). The launcher of JDK 25 puts the user's $HOME in (single quotes: for the launcher,
# not this shell); the program creates the folder (officialpages.cdsArchive, Main), since the JVM does
# not. The app folder itself may be read-only (a .deb in /opt). The JVM's notes about the archive
# (classes it skips, an archive of an older version being replaced) are kept off the user's console.
# JNI is allowed to the class path (JavaFX, SQLite), and JavaFX 21's renderer to use sun.misc.Unsafe:
# Java 25 warns about both on the console otherwise.
# AWT's text shaper through JNI rather than Java 25's foreign-function calls, whose stubs are generated
# anew in every process and cannot be archived: POI measures a «0» for every workbook, and that first
# measurement costs half as much CPU this way (docs/performance.md). JavaFX has its own text shaping.
# Keep in step with installer/windows/build-installer.ps1 and WindowFigures.INSTALLER_OPTIONS.
# The archive holds only what its first run loaded: a first run that was the window or --version left
# POI out, and every report command then read ~2 500 classes from the jars. So the first run also loads
# (without initialising) the classes listed here (ClassArchiveWarmUp): those the commands load — `demo`,
# the reports, `calendar show` — and, where a display is at hand, the window's up to its first frame.
classes_log=$(mktemp -d)
list_data=$classes_log/data
cp_in="target/jpackage-input/official-pages.jar:target/jpackage-input/lib/*"
list_run() {
  HOME=$classes_log target/runtime/bin/java -Xshare:auto -Xlog:cds=off -Xlog:class+load=info:file="$classes_log/$1.log" \
    --enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow -XX:TieredStopAtLevel=1 \
    -Dsun.font.layout.ffm=false "${@:2}" >/dev/null 2>&1 \
    || echo "Список классов для архива: запуск «$1» завершился с ошибкой, его классы пропущены" >&2
}
list_run demo -cp "$cp_in" ru.officialpages.app.Main --data-dir "$list_data" demo
list_run calendar -cp "$cp_in" ru.officialpages.app.Main --data-dir "$list_data" calendar show 2026
list_run weekly -cp "$cp_in" ru.officialpages.app.Main --data-dir "$list_data" report weekly --week 2026-W47 --out "$classes_log/w.xlsx"
list_run registry -cp "$cp_in" ru.officialpages.app.Main --data-dir "$list_data" report registry --quarter 2026-Q3 --out "$classes_log/r.xlsx"
if [[ -n ${DISPLAY:-} ]]; then
  list_run window -Dofficialpages.exitWhenShown=true -cp "$cp_in" ru.officialpages.app.Main --data-dir "$list_data"
fi
# Named classes only: lambdas and other hidden classes are made anew by each run.
cat "$classes_log"/*.log | sed -n 's/^\[[^]]*\]\[info\]\[class,load\] \([^ ]*\) source: .*/\1/p' \
  | grep -v -e '/' -e '\$\$Lambda' | sort -u > target/jpackage-input/official-pages.classes
echo "Классов в списке для архива: $(wc -l < target/jpackage-input/official-pages.classes)"
rm -rf "$classes_log"

stamp=$(date -u +%Y%m%d%H%M%S)
archive='$HOME/.cache/official-pages/official-pages-'"$version-$stamp"'.jsa'
"$jpackage" --type app-image --name OfficialPages --app-version "$version" \
  --vendor "Официальные страницы" --description "Учёт официальных страниц муниципалитета в соцсетях" \
  --input target/jpackage-input --main-jar official-pages.jar --main-class ru.officialpages.app.Main \
  --runtime-image target/runtime --icon installer/icons/official-pages.png \
  --java-options "-Dfile.encoding=UTF-8" --java-options "-XX:+UseSerialGC" --java-options "-Xms128m" \
  --java-options "-Xmx384m" --java-options "-Xmn24m" --java-options "-XX:MinHeapFreeRatio=20" \
  --java-options "-XX:MaxHeapFreeRatio=40" --java-options "-Xss512k" --java-options "-XX:TieredStopAtLevel=1" \
  --java-options "-XX:+AutoCreateSharedArchive" --java-options "-XX:SharedArchiveFile=$archive" \
  --java-options "-Dofficialpages.cdsArchive=$archive" --java-options "-Xlog:cds*=off" --java-options "-Xlog:aot*=off" \
  --java-options '-Dofficialpages.cdsClassList=$APPDIR/official-pages.classes' \
  --java-options "--enable-native-access=ALL-UNNAMED" --java-options "--sun-misc-unsafe-memory-access=allow" \
  --java-options "-Dsun.font.layout.ffm=false" \
  --dest target/installer
echo "Образ программы: target/installer/OfficialPages (запуск: target/installer/OfficialPages/bin/OfficialPages)"

if [[ ${1:-} == --deb ]]; then
  "$jpackage" --type deb --name official-pages --app-version "$version" \
    --vendor "Официальные страницы" --description "Учёт официальных страниц муниципалитета в соцсетях" \
    --app-image target/installer/OfficialPages --linux-package-deps libgtk-3-0 \
    --linux-shortcut --linux-menu-group Office --dest target/installer
fi
