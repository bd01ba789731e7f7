package org.petface.build;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The operating system and processor a native library inside a jar is built for, read from its entry path the way
 * the loaders lay them out (nu/pattern/opencv/linux/ARMv8/, ai/onnxruntime/native/osx-x64/,
 * com/sun/jna/win32-x86-64/). Names are Tycho's (linux, win32, macosx; x86_64, aarch64); any other OS or processor
 * keeps the name found in the path, and a path that names none, or several, gets {@code "?"}.
 */
record NativePlatform(String os, String arch) {

    private static final String UNKNOWN = "?";
    private static final String EDGE_BEFORE = "(?<![a-z0-9])(";
    private static final String EDGE_AFTER = ")(?![a-z0-9])";
    private static final Pattern NATIVE_LIBRARY = Pattern.compile(".*\\.(so(\\.[0-9.]+)?|dll|dylib|jnilib)");
    private static final Pattern OS = Pattern.compile(EDGE_BEFORE
            + "linux|windows|win32|win|macosx|macos|osx|mac|darwin|freebsd|openbsd|netbsd|dragonflybsd|sunos|solaris"
            + "|aix|android|w32ce" + EDGE_AFTER);
    // Longest spellings first: at one position the first alternative that matches wins (x86-64 before x86).
    private static final Pattern ARCH = Pattern.compile(EDGE_BEFORE
            + "x86[-_]64|amd64|x64|aarch64|arm64|armv8|x86[-_]32|x86|i386|i686|armv7|armel|armhf|arm"
            + "|ppc64le|ppc64|ppc|s390x|riscv64|loongarch64|mips64el|mips|sparcv9|sparc" + EDGE_AFTER);
    private static final Map<String, String> OS_NAMES = Map.of(
            "windows", "win32", "win", "win32", "macos", "macosx", "osx", "macosx", "mac", "macosx", "darwin", "macosx");
    private static final Map<String, String> ARCH_NAMES = Map.of(
            "x86-64", "x86_64", "amd64", "x86_64", "x64", "x86_64", "arm64", "aarch64", "armv8", "aarch64");

    static boolean isNativeLibrary(String entryPath) {
        String name = entryPath.substring(entryPath.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        return NATIVE_LIBRARY.matcher(name).matches();
    }

    static NativePlatform ofPath(String entryPath) {
        String path = entryPath.toLowerCase(Locale.ROOT);
        return new NativePlatform(single(OS, OS_NAMES, path), single(ARCH, ARCH_NAMES, path));
    }

    private static String single(Pattern pattern, Map<String, String> canonical, String path) {
        Set<String> named = new TreeSet<>();
        Matcher m = pattern.matcher(path);
        while (m.find()) {
            named.add(canonical.getOrDefault(m.group(1), m.group(1)));
        }
        return named.size() == 1 ? named.iterator().next() : UNKNOWN;
    }

    @Override
    public String toString() {
        return os + "/" + arch;
    }
}
