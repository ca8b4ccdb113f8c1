#!/bin/sh
# Builds the installable HazardLog into target/dist (run by `mvn -Pdist package` after the jar;
# alone: sh dist/build-dist.sh VERSION once target/hazardlog.jar exists):
#   runtime/          a Java runtime trimmed to the modules HazardLog uses (jlink)
#   HazardLog/        the application image (jpackage): bin/HazardLog opens the window,
#                     bin/hazardlog runs commands; lib/app/hazardlog.jsa, the class-data-sharing
#                     archive recorded for the image where it stands
#   hazardlog_*.deb   on Linux, when dpkg-deb and fakeroot are installed: installs into
#                     /opt/hazardlog with a menu entry, .mv.db files opening in HazardLog, and
#                     `hazardlog` on the PATH; its postinst records the archive for /opt/hazardlog
# Windows (.msi) and macOS (.dmg) use the same steps; see README.md, "Install".
set -eu
cd "$(dirname "$0")/.."
version=${1:?usage: dist/build-dist.sh VERSION}
jar=target/hazardlog.jar
out=target/dist
[ -f "$jar" ] || { echo "build-dist: $jar is missing; run mvn -Pdist package" >&2; exit 1; }

# The modules the jar needs (jdeps on the shaded jar, checked by starting the window and every
# command on the trimmed runtime): Swing-free AWT for POI's fonts and colours, JDBC, JNDI and JMX
# for H2, Unsafe for JavaFX and H2, JFR for JavaFX's pulse logger, the extra charsets for imported text.
modules=java.base,java.desktop,java.sql,java.naming,java.management,java.logging,java.xml,java.scripting,jdk.unsupported,jdk.jfr,jdk.charsets,jdk.crypto.ec,jdk.zipfs,java.net.http

rm -rf "$out"
mkdir -p "$out/input" "$out/resources"
cp "$jar" "$out/input/"
# The .deb's scripts and menu entries (templates that jpackage fills in). The command-line
# launcher's entry is made from the window's here, hidden from menus as a terminal program; it is
# not kept in the repository because its name differs from the window's only in case.
cp dist/linux/resources/* "$out/resources/"
sed -e 's/ %f$//' -e 's/^Terminal=false$/Terminal=true\nNoDisplay=true/' dist/linux/resources/HazardLog.desktop \
    > "$out/resources/hazardlog.desktop"

echo "build-dist: runtime ($modules)"
jlink --add-modules "$modules" --strip-debug --no-header-files --no-man-pages --compress=2 \
    --generate-cds-archive --output "$out/runtime"

echo "build-dist: application image"
# $APPDIR is expanded by the launcher at start: the archive beside the jar.
jpackage --type app-image --name HazardLog --app-version "$version" \
    --vendor "HazardLog" --description "Clinical hazard log for DCB0129 / DCB0160" \
    --input "$out/input" --main-jar hazardlog.jar --main-class org.hazardlog.Launcher \
    --runtime-image "$out/runtime" --icon dist/linux/HazardLog.png \
    --java-options '-XX:SharedArchiveFile=$APPDIR/hazardlog.jsa' \
    --add-launcher hazardlog=dist/hazardlog-cli.properties \
    --dest "$out"

if [ "$(uname -s)" = Linux ]; then
    if command -v dpkg-deb >/dev/null 2>&1 && command -v fakeroot >/dev/null 2>&1; then
        echo "build-dist: .deb"
        # Made before the image's own archive is recorded: the package's archive is recorded by
        # its postinst, for the path it is installed at.
        jpackage --type deb --app-image "$out/HazardLog" --name HazardLog --app-version "$version" \
            --linux-package-name hazardlog --linux-app-category science --linux-menu-group "Office;MedicalSoftware;" \
            --linux-shortcut --icon dist/linux/HazardLog.png \
            --vendor "HazardLog" --description "Clinical hazard log for DCB0129 / DCB0160" \
            --file-associations dist/linux/mvdb.properties \
            --resource-dir "$out/resources" \
            --dest "$out"
    else
        echo "build-dist: no .deb: dpkg-deb and fakeroot are needed (apt-get install fakeroot dpkg-dev)" >&2
    fi
fi

echo "build-dist: start-up archive for the image"
sh dist/make-cds-archive.sh "$out/HazardLog/lib/runtime/bin/java" "$(pwd)/$out/HazardLog/lib/app/hazardlog.jar" \
    "$out/HazardLog/lib/app/hazardlog.jsa"
ls -la "$out"
