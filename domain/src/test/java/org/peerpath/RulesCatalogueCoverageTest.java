package org.peerpath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
 * Every rule of {@code docs/rules.md} is named by at least one test in some module: as {@code CERT-4} in a display name
 * or a scenario row's name, or as {@code cert4_} in a test method's name. Comments and assertion labels ({@code
 * .as("CERT-5")}) do not count: a rule is covered only when a test says it is about it. The rules no module builds yet
 * are listed in {@link #NOT_BUILT_YET}.
 */
class RulesCatalogueCoverageTest {

    private static final Path CATALOGUE = Path.of("../docs/rules.md");

    /** The project's catalogue, beside the checkout on the team's machines (D.8: the docs follow its revision). */
    private static final Path PROJECT_CATALOGUE = Path.of("../../shared/domain/RULES.md");

    /**
     * CONF-3 (Part 2 export notice) and RPT-1 (program report) have no code in any module yet; they leave this list when
     * they are built. CONF-2 left it with the clinical tabs of issue E (levels of care, recommendations).
     */
    private static final Set<String> NOT_BUILT_YET = Set.of("CONF-3", "RPT-1");

    private static final Pattern TEST_METHOD = Pattern.compile("\\bvoid\\s+(\\w+)\\s*\\(");
    private static final Pattern DISPLAY_NAME = Pattern.compile("@DisplayName\\(\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern SCENARIO_ROW = Pattern.compile("\\brow\\(\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern COMMENT = Pattern.compile("//[^\\n]*|/\\*[\\s\\S]*?\\*/");
    private static final Pattern RULE_ROW = Pattern.compile("^\\| ([A-Z]+-\\d+) \\|", Pattern.MULTILINE);

    @Test
    void every_rule_of_the_catalogue_is_named_by_a_test() throws IOException {
        Set<String> ids = catalogueIds();
        String tests = allTestSources();

        List<String> untested = new ArrayList<>();
        for (String id : ids) {
            if (!NOT_BUILT_YET.contains(id) && !mentions(tests, id)) {
                untested.add(id);
            }
        }

        assertThat(ids).as("rule IDs in %s", CATALOGUE).hasSizeGreaterThan(50);
        assertThat(untested).as("rules no test names").isEmpty();
        assertThat(NOT_BUILT_YET)
                .as("rules named by a test are built: take them off the list")
                .noneMatch(id -> mentions(tests, id));
    }

    @Test
    void the_rules_in_plain_words_keep_exactly_the_ids_of_the_project_catalogue() throws IOException {
        assumeTrue(Files.exists(PROJECT_CATALOGUE), "the project catalogue is not beside this checkout");

        assertThat(ids(CATALOGUE)).containsExactlyElementsOf(ids(PROJECT_CATALOGUE));
    }

    @Test
    void only_test_names_count_never_comments_or_assertion_labels() {
        String source = """
                // CERT-1 is mentioned in a comment, void cert1_in_a_comment()
                /* CERT-2 in a block comment: row("CERT-2 commented out", DOS, f -> {}, "READY") */
                @DisplayName("CERT-3 a display name")
                void cert4_a_method_name() {
                    assertThat(x).as("CERT-5").isTrue();
                    row("CERT-6 a scenario row", DOS, f -> {}, "CERT-7");
                }
                """;

        String names = testNames(source);

        assertThat(List.of("CERT-3", "CERT-4", "CERT-6")).allMatch(id -> mentions(names, id));
        assertThat(List.of("CERT-1", "CERT-2", "CERT-5", "CERT-7")).noneMatch(id -> mentions(names, id));
    }

    /** The names a test source gives its tests: method names, display names and scenario row names. */
    static String testNames(String source) {
        String code = COMMENT.matcher(source).replaceAll(" ");
        StringBuilder names = new StringBuilder();
        for (Pattern name : List.of(TEST_METHOD, DISPLAY_NAME, SCENARIO_ROW)) {
            Matcher m = name.matcher(code);
            while (m.find()) {
                names.append(m.group(1)).append('\n');
            }
        }
        return names.toString();
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
        return ids(CATALOGUE);
    }

    private static Set<String> ids(Path catalogue) throws IOException {
        Matcher matcher = RULE_ROW.matcher(Files.readString(catalogue));
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
                            .forEach(f -> all.append(testNames(read(f))).append('\n'));
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
