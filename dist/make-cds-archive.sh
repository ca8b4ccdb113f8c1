#!/bin/sh
# Records a class-data-sharing archive (AppCDS) for HazardLog: one training run
# (org.hazardlog.CdsTraining: the common commands on a small invented log in a
# temporary folder) under -XX:ArchiveClassesAtExit. Commands started with
# -XX:SharedArchiveFile=ARCHIVE then map those classes ready-parsed instead of
# reading and verifying them from the jar.
#
#   dist/make-cds-archive.sh JAVA JAR ARCHIVE
#
# JDK 17 accepts the archive only when the class path is given exactly as it was
# here, and the jar is the same file (size and time): record it with the jar
# where it will be run from, and JAVA the runtime that will run it. A missing or
# mismatched archive is ignored silently; nothing breaks, it is only slower.
# Examples:
#   dist/make-cds-archive.sh java "$PWD/target/hazardlog.jar" "$PWD/target/hazardlog.jsa"
#   java -XX:SharedArchiveFile="$PWD/target/hazardlog.jsa" -cp "$PWD/target/hazardlog.jar" org.hazardlog.Launcher list
# The .deb runs this from its postinst for the installed jar (see dist/linux/postinst).
set -eu
if [ $# -ne 3 ]; then
    echo "usage: $0 JAVA JAR ARCHIVE" >&2
    exit 2
fi
java=$1
jar=$2
archive=$3
if [ ! -f "$jar" ]; then
    echo "make-cds-archive: no jar at $jar" >&2
    exit 1
fi
rm -f "$archive"
# Settings of the training run go to a throw-away folder, never to the user's ~/.hazardlog. Its
# own output is not interesting; its failures are (stderr stays).
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
"$java" -XX:ArchiveClassesAtExit="$archive" -Dhazardlog.home="$home" -Djava.awt.headless=true \
    -cp "$jar" org.hazardlog.CdsTraining > /dev/null
if [ ! -s "$archive" ]; then
    echo "make-cds-archive: the JVM wrote no archive at $archive" >&2
    exit 1
fi
echo "make-cds-archive: $archive ($(du -k "$archive" | cut -f1) KB) for $jar"
