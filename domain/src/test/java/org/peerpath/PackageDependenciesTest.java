package org.peerpath;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The domain stays pure Java + JSpecify, and its feature packages depend on each other without cycles. */
class PackageDependenciesTest {

    private static final Path SOURCES = Path.of("src/main/java/org/peerpath");
    private static final Pattern IMPORT =
            Pattern.compile("^import (?:static )?([\\w.]+)\\.[\\w*]+;", Pattern.MULTILINE);
    private static final Pattern FEATURE = Pattern.compile("^org\\.peerpath\\.(\\w+)");

    @Test
    void domain_depends_only_on_java_and_jspecify() throws IOException {
        Set<String> foreign = new TreeSet<>();
        forEachImport((feature, imported) -> {
            if (!imported.startsWith("java.")
                    && !imported.startsWith("org.jspecify.")
                    && !imported.startsWith("org.peerpath.")) {
                foreign.add(feature + " -> " + imported);
            }
        });

        assertThat(foreign).isEmpty();
    }

    @Test
    void feature_packages_are_free_of_cycles() throws IOException {
        Map<String, Set<String>> dependsOn = new TreeMap<>();
        forEachImport((feature, imported) -> {
            Matcher m = FEATURE.matcher(imported);
            if (m.find() && !m.group(1).equals(feature)) {
                dependsOn.computeIfAbsent(feature, k -> new TreeSet<>()).add(m.group(1));
            }
        });

        List<String> cycles = new ArrayList<>();
        for (String feature : dependsOn.keySet()) {
            if (reaches(dependsOn, feature, feature, new HashSet<>())) {
                cycles.add(feature + " depends on itself through " + dependsOn.get(feature));
            }
        }

        assertThat(dependsOn).containsKey("claim");
        assertThat(cycles).isEmpty();
    }

    private static boolean reaches(Map<String, Set<String>> graph, String from, String target, Set<String> seen) {
        for (String next : graph.getOrDefault(from, Set.of())) {
            if (next.equals(target) || (seen.add(next) && reaches(graph, next, target, seen))) {
                return true;
            }
        }
        return false;
    }

    private interface ImportVisitor {
        void visit(String feature, String importedPackage);
    }

    private static void forEachImport(ImportVisitor visitor) throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String feature = SOURCES.relativize(file).getName(0).toString();
                Matcher imports = IMPORT.matcher(read(file));
                while (imports.find()) {
                    visitor.visit(feature, imports.group(1));
                }
            }
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
