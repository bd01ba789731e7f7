package org.petface.knimestub;

import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Describes the public API of the stub classes as text lines (type header, then one line per visible member), so the
 * signatures verified against KNIME's real source can be kept in a table and any later change to them fails a test.
 */
public final class ApiSignatures {

    private ApiSignatures() {
    }

    /** All classes compiled into the output folder that holds {@code anchor}, described in name order. */
    public static List<String> describeModule(final Class<?> anchor) throws IOException, URISyntaxException {
        final Path root = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
        final List<String> names;
        try (Stream<Path> files = Files.walk(root)) {
            names = files.map(root::relativize).map(Path::toString).filter(n -> n.endsWith(".class"))
                .map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.')).sorted().toList();
        }
        final List<String> lines = new ArrayList<>();
        for (final String name : names) {
            try {
                lines.addAll(describe(Class.forName(name, false, anchor.getClassLoader())));
            } catch (final ClassNotFoundException e) {
                throw new IllegalStateException("Compiled class cannot be loaded: " + name, e);
            }
        }
        return lines;
    }

    static List<String> describe(final Class<?> type) {
        final List<String> lines = new ArrayList<>();
        lines.add("type " + header(type));
        final List<String> members = new ArrayList<>();
        for (final Constructor<?> c : type.getDeclaredConstructors()) {
            if (isApi(type, c) && !c.isSynthetic()) {
                members.add("  " + c.toGenericString());
            }
        }
        for (final Method m : type.getDeclaredMethods()) {
            if (isApi(type, m) && !m.isSynthetic() && !m.isBridge()) {
                members.add("  " + m.toGenericString() + annotationDefault(m) + deprecation(m));
            }
        }
        for (final Field f : type.getDeclaredFields()) {
            if (isApi(type, f) && !f.isSynthetic()) {
                members.add("  " + f.toGenericString());
            }
        }
        members.sort(null);
        lines.addAll(members);
        return lines;
    }

    private static boolean isApi(final Class<?> owner, final Member member) {
        final int mod = member.getModifiers();
        return Modifier.isPublic(mod) || Modifier.isProtected(mod) || (owner.isInterface() && !Modifier.isPrivate(mod)
            && !(member instanceof Field) && !(member instanceof Constructor));
    }

    private static String header(final Class<?> type) {
        final StringBuilder sb = new StringBuilder(type.toGenericString());
        final Type superclass = type.getGenericSuperclass();
        if (superclass != null && superclass != Object.class && !type.isEnum() && !type.isRecord()) {
            sb.append(" extends ").append(superclass.getTypeName());
        }
        final Type[] interfaces = type.getGenericInterfaces();
        if (interfaces.length > 0 && !type.isAnnotation()) {
            sb.append(type.isInterface() ? " extends " : " implements ")
                .append(Arrays.stream(interfaces).map(Type::getTypeName).collect(Collectors.joining(", ")));
        }
        if (type.isSealed()) {
            sb.append(" permits ").append(Arrays.stream(type.getPermittedSubclasses()).map(Class::getName).sorted()
                .collect(Collectors.joining(", ")));
        }
        for (final Class<? extends Annotation> meta : List.of(Retention.class, Target.class, Inherited.class,
            FunctionalInterface.class, Deprecated.class)) {
            final Annotation a = type.getAnnotation(meta);
            if (a != null) {
                sb.append(' ').append(a);
            }
        }
        return sb.toString();
    }

    private static String annotationDefault(final Method m) {
        final Object value = m.getDefaultValue();
        if (value == null) {
            return "";
        }
        final String text = value.getClass().isArray() ? Arrays.deepToString(new Object[]{value})
            : value instanceof Class<?> c ? c.getName() + ".class" : String.valueOf(value);
        return " default " + (value.getClass().isArray() && Array.getLength(value) == 0 ? "{}" : text);
    }

    private static String deprecation(final Executable e) {
        return e.isAnnotationPresent(Deprecated.class) ? " @Deprecated" : "";
    }

    /**
     * Fails unless the API of the stub module holding {@code anchor} equals the verified table, the resource
     * {@code verified-api.txt} beside {@code testClass}. With -Dstubapi.print=FILE the current description is written
     * to FILE for review.
     */
    public static void assertMatchesVerifiedTable(final Class<?> anchor, final Class<?> testClass)
            throws IOException, URISyntaxException {
        final List<String> actual = describeModule(anchor);
        final String print = System.getProperty("stubapi.print");
        if (print != null) {
            Files.write(Path.of(print), actual, StandardCharsets.UTF_8);
        }
        final List<String> expected;
        try (InputStream in = testClass.getResourceAsStream("verified-api.txt")) {
            if (in == null) {
                throw new IOException("verified-api.txt not found beside " + testClass.getName());
            }
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        }
        if (!expected.equals(actual)) {
            throw new AssertionError("stub API differs from verified-api.txt (check the real KNIME source first):\n"
                + "expected:\n" + String.join("\n", expected) + "\nactual:\n" + String.join("\n", actual));
        }
    }
}
