package org.peerpath;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every rule of {@code docs/rules.md} (except the CONF rules and RPT-1, which live outside the domain) is named by at
 * least one test in some module: as {@code CERT-4} in a display name or scenario, or as {@code cert4_} in a method name.
 */
class RulesCatalogueCoverageTest {

    private static final Path CATALOGUE = Path.of("../docs/rules.md");
    private static final Pattern RULE_ROW = Pattern.compile("^\\| ([A-Z]+-\\d+) \\|", Pattern.MULTILINE);

    @Test
    void every_rule_of_the_catalogue_is_named_by_a_test() throws IOException {
        Set<String> ids = catalogueIds();
        String tests = allTestSources();

        List<String> untested = new ArrayList<>();
        for (String id : ids) {
            if (!id.startsWith("CONF-") && !id.equals("RPT-1") && !mentions(tests, id)) {
                untested.add(id);
            }
        }

        assertThat(ids).as("rule IDs in %s", CATALOGUE).hasSizeGreaterThan(50);
        assertThat(untested).as("rules no test names").isEmpty();
    }

    @Test
    void a_longer_id_does_not_count_for_a_shorter_one() {
        assertThat(mentions("@DisplayName(\"CERT-10 alerts\") void cert10_alerts()", "CERT-1"))
                .isFalse();
        assertThat(mentions("void cert1_only_certified_peers()", "CERT-1")).isTrue();
        assertThat(mentions("row(\"x\", \"CERT-1 SUP-3\")", "CERT-1")).isTrue();
    }

    static boolean mentions(String text, String id) {
        String compact = id.replace("-", "").toLowerCase(Locale.ROOT);
        Pattern asWritten = Pattern.compile("(?<![A-Za-z0-9])" + Pattern.quote(id) + "(?![0-9])");
        Pattern inMethodName = Pattern.compile("(?<![A-Za-z0-9])" + Pattern.quote(compact) + "_");
        return asWritten.matcher(text).find() || inMethodName.matcher(text).find();
    }

    private static Set<String> catalogueIds() throws IOException {
        Matcher matcher = RULE_ROW.matcher(Files.readString(CATALOGUE));
        Set<String> ids = new LinkedHashSet<>();
        while (matcher.find()) {
            ids.add(matcher.group(1));
        }
        return ids;
    }

    private static String allTestSources() throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> modules = Files.list(Path.of(".."))) {
            for (Path module : modules.toList()) {
                Path tests = module.resolve("src/test");
                if (!Files.isDirectory(tests)) {
                    continue;
                }
                try (Stream<Path> files = Files.walk(tests)) {
                    files.filter(Files::isRegularFile)
                            .filter(f -> !f.getFileName().toString().equals("RulesCatalogueCoverageTest.java"))
                            .forEach(f -> all.append(read(f)).append('\n'));
                }
            }
        }
        return all.toString();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
