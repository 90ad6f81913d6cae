# Builds the Windows installer (per-user MSI: no administrator rights needed, Start-menu shortcut,
# icon, Russian name). Runs only on Windows: jpackage needs the WiX Toolset 3 (candle.exe, light.exe)
# on PATH for an MSI.
#
#   1. Install JDK 17 (x64) and Maven, and a JDK 25 (x64, e.g. Temurin 25) for the installer's runtime;
#      install WiX Toolset 3.14 and add its bin to PATH.
#   2. In the repository:  mvn -DskipTests package
#      (Maven picks the Windows JavaFX jars by itself when it runs on Windows.)
#   3. powershell -ExecutionPolicy Bypass -File installer\windows\build-installer.ps1 [-Jdk25 C:\path\to\jdk-25]
#   The MSI appears in target\installer\.
#
# As installer/linux/build-app-image.sh (the reasons are there, issue 20): the program is compiled for
# Java 17, the installed one runs on a jlink'd Java 25 runtime with a class-data archive that the JVM
# makes when the first run exits, in the user's %LOCALAPPDATA%\OfficialPages\cache.
param([string]$Jdk25 = $env:JDK25_HOME)
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")
if (-not (Test-Path target\official-pages.jar)) { throw "Сначала соберите программу: mvn -DskipTests package" }
$version = "0.1.0"

# The JDK 25 (or newer): -Jdk25, else JDK25_HOME, else JAVA_HOME if it is one.
function Get-JdkFeature([string]$jdk) {
    # java -version writes to stderr; under "Stop" Windows PowerShell would take that for a failure.
    $ErrorActionPreference = "Continue"
    if (-not $jdk -or -not (Test-Path (Join-Path $jdk "bin\jpackage.exe"))) { return 0 }
    $line = & (Join-Path $jdk "bin\java.exe") -XshowSettings:properties -version 2>&1 |
        ForEach-Object { "$_" } | Where-Object { $_ -match "java\.specification\.version = " } | Select-Object -First 1
    if ($line -match "= (\d+)") { return [int]$Matches[1] }
    return 0
}
$jdk = $null
foreach ($candidate in @($Jdk25, $env:JAVA_HOME)) {
    if ((Get-JdkFeature $candidate) -ge 25) { $jdk = $candidate; break }
}
if (-not $jdk) {
    throw "Для установщика нужен JDK 25 или новее (jlink, jpackage): укажите его папку в -Jdk25 или JDK25_HOME"
}
Write-Host "JDK для установщика: $jdk"
$jlink = Join-Path $jdk "bin\jlink.exe"
$jpackage = Join-Path $jdk "bin\jpackage.exe"
Remove-Item -Recurse -Force target\jpackage-input, target\runtime, target\installer -ErrorAction SilentlyContinue
New-Item -ItemType Directory -Force target\jpackage-input\lib | Out-Null
Copy-Item target\official-pages.jar target\jpackage-input\
Copy-Item target\lib\*.jar target\jpackage-input\lib\

$modules = "java.base,java.desktop,java.logging,java.management,java.naming,java.net.http,java.prefs,java.scripting,java.sql,java.xml,java.xml.crypto,jdk.unsupported,jdk.jfr,jdk.zipfs,jdk.crypto.ec,jdk.localedata,jdk.charsets"
& $jlink --add-modules $modules --strip-debug --no-header-files --no-man-pages --compress=zip-6 --include-locales=ru,en --output target\runtime
if ($LASTEXITCODE -ne 0) { throw "jlink: код $LASTEXITCODE" }
# The runtime's base class-data archive, dumped with the launcher's --enable-native-access (as on Linux).
& target\runtime\bin\java.exe -Xshare:dump --enable-native-access=ALL-UNNAMED -Xlog:cds=error | Out-Null
if ($LASTEXITCODE -ne 0) { throw "java -Xshare:dump: код $LASTEXITCODE" }

# The classes the first run loads for its archive whatever it is (ClassArchiveWarmUp; see the Linux
# script): those of the commands and of the window up to its first frame. A relative log path: -Xlog
# takes a colon (C:) as the end of the file name.
$listDir = "target\class-list"
Remove-Item -Recurse -Force $listDir -ErrorAction SilentlyContinue
New-Item -ItemType Directory -Force $listDir | Out-Null
$cpIn = "target\jpackage-input\official-pages.jar;target\jpackage-input\lib\*"
function Invoke-ListRun([string]$name, [string[]]$rest) {
  & target\runtime\bin\java.exe -Xshare:auto -Xlog:cds=off "-Xlog:class+load=info:file=$listDir\$name.log" `
    --enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow -XX:TieredStopAtLevel=1 `
    -Dsun.font.layout.ffm=false @rest 2>&1 | Out-Null
  if ($LASTEXITCODE -ne 0) { Write-Warning "Список классов для архива: запуск «$name» завершился с ошибкой, его классы пропущены" }
}
$listData = "$listDir\data"
Invoke-ListRun "demo" @("-cp", $cpIn, "ru.officialpages.app.Main", "--data-dir", $listData, "demo")
Invoke-ListRun "calendar" @("-cp", $cpIn, "ru.officialpages.app.Main", "--data-dir", $listData, "calendar", "show", "2026")
Invoke-ListRun "weekly" @("-cp", $cpIn, "ru.officialpages.app.Main", "--data-dir", $listData, "report", "weekly", "--week", "2026-W47", "--out", "$listDir\w.xlsx")
Invoke-ListRun "registry" @("-cp", $cpIn, "ru.officialpages.app.Main", "--data-dir", $listData, "report", "registry", "--quarter", "2026-Q3", "--out", "$listDir\r.xlsx")
Invoke-ListRun "window" @("-Dofficialpages.exitWhenShown=true", "-cp", $cpIn, "ru.officialpages.app.Main", "--data-dir", $listData)
Get-Content "$listDir\*.log" | ForEach-Object { if ($_ -match '^\[[^\]]*\]\[info\]\[class,load\] (\S+) source: ') { $Matches[1] } } |
  Where-Object { $_ -notmatch '/' -and $_ -notmatch '\$\$Lambda' } | Sort-Object -Unique -CaseSensitive |
  Set-Content -Encoding ascii target\jpackage-input\official-pages.classes
Remove-Item -Recurse -Force $listDir

# JVM options: the same as installer/linux/build-app-image.sh (the reasons are there, issues 10 and 20).
# Single quotes: $LOCALAPPDATA is for the launcher (JDK 25 expands it from the user's environment), not PowerShell.
# The build's version and time in the name: a new build gets a new archive (see the Linux script).
$stamp = (Get-Date).ToUniversalTime().ToString("yyyyMMddHHmmss")
$archive = '$LOCALAPPDATA\OfficialPages\cache\official-pages-' + $version + '-' + $stamp + '.jsa'
& $jpackage --type msi --name "OfficialPages" --app-version $version `
  --vendor "Официальные страницы" --description "Официальные страницы" `
  --input target\jpackage-input --main-jar official-pages.jar --main-class ru.officialpages.app.Main `
  --runtime-image target\runtime --icon installer\icons\official-pages.ico `
  --win-per-user-install --win-menu --win-menu-group "Официальные страницы" --win-shortcut `
  --win-dir-chooser --win-upgrade-uuid "6f1f8f53-3f0e-4c3e-9a1e-2b7f1c0d5a11" `
  --java-options "-Dfile.encoding=UTF-8" --java-options "-XX:+UseSerialGC" --java-options "-Xms128m" `
  --java-options "-Xmx384m" --java-options "-Xmn24m" --java-options "-XX:MinHeapFreeRatio=20" `
  --java-options "-XX:MaxHeapFreeRatio=40" --java-options "-Xss512k" --java-options "-XX:TieredStopAtLevel=1" `
  --java-options "-XX:+AutoCreateSharedArchive" --java-options "-XX:SharedArchiveFile=$archive" `
  --java-options "-Dofficialpages.cdsArchive=$archive" --java-options "-Xlog:cds*=off" --java-options "-Xlog:aot*=off" `
  --java-options "--enable-native-access=ALL-UNNAMED" --java-options "--sun-misc-unsafe-memory-access=allow" `
  --java-options '-Dofficialpages.cdsClassList=$APPDIR\official-pages.classes' --java-options "-Dsun.font.layout.ffm=false" `
  --dest target\installer
if ($LASTEXITCODE -ne 0) { throw "jpackage: код $LASTEXITCODE" }
Write-Host "Установщик: target\installer\OfficialPages-$version.msi"
