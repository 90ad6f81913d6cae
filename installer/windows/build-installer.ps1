# Builds the Windows installer (per-user MSI: no administrator rights needed, Start-menu shortcut,
# icon, Russian name). Runs only on Windows: jpackage needs the WiX Toolset 3 (candle.exe, light.exe)
# on PATH for an MSI.
#
#   1. Install JDK 17 (x64) and Maven; install WiX Toolset 3.14 and add its bin to PATH.
#   2. In the repository:  mvn -DskipTests package
#      (Maven picks the Windows JavaFX jars by itself when it runs on Windows.)
#   3. powershell -ExecutionPolicy Bypass -File installer\windows\build-installer.ps1
#   The MSI appears in target\installer\.
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")
if (-not (Test-Path target\official-pages.jar)) { throw "Сначала соберите программу: mvn -DskipTests package" }
$version = "0.1.0"
Remove-Item -Recurse -Force target\jpackage-input, target\runtime, target\installer -ErrorAction SilentlyContinue
New-Item -ItemType Directory -Force target\jpackage-input\lib | Out-Null
Copy-Item target\official-pages.jar target\jpackage-input\
Copy-Item target\lib\*.jar target\jpackage-input\lib\

$modules = "java.base,java.desktop,java.logging,java.management,java.naming,java.net.http,java.prefs,java.scripting,java.sql,java.xml,java.xml.crypto,jdk.unsupported,jdk.jfr,jdk.zipfs,jdk.crypto.ec,jdk.localedata,jdk.charsets"
jlink --add-modules $modules --strip-debug --no-header-files --no-man-pages --compress=2 --include-locales=ru,en --output target\runtime

# JVM options: the same as installer/linux/build-app-image.sh (the reasons are there, issue 10).
jpackage --type msi --name "OfficialPages" --app-version $version `
  --vendor "Официальные страницы" --description "Официальные страницы" `
  --input target\jpackage-input --main-jar official-pages.jar --main-class ru.officialpages.app.Main `
  --runtime-image target\runtime --icon installer\icons\official-pages.ico `
  --win-per-user-install --win-menu --win-menu-group "Официальные страницы" --win-shortcut `
  --win-dir-chooser --win-upgrade-uuid "6f1f8f53-3f0e-4c3e-9a1e-2b7f1c0d5a11" `
  --java-options "-Dfile.encoding=UTF-8" --java-options "-XX:+UseSerialGC" --java-options "-Xms128m" `
  --java-options "-Xmx384m" --java-options "-Xmn24m" --java-options "-XX:MinHeapFreeRatio=20" `
  --java-options "-XX:MaxHeapFreeRatio=40" --java-options "-Xss512k" --java-options "-XX:TieredStopAtLevel=1" `
  --dest target\installer
Write-Host "Установщик: target\installer\OfficialPages-$version.msi"
