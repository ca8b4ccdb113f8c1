package org.hazardlog;
public final class Launcher { public static void main(String[] a) {} }
