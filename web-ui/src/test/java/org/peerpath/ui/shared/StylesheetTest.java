package org.peerpath.ui.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * The one stylesheet, served as it is written (no bundle build checks it). A rule left open swallows every rule after
 * it as nested CSS, so the browser silently drops their styles: three merges once did exactly that.
 */
class StylesheetTest {

    @Test
    void every_rule_of_the_stylesheet_is_closed() throws IOException {
        String css = stylesheet();

        assertThat(openRules(css))
                .as("rules opened but never closed (line numbers)")
                .isEmpty();
    }

    @Test
    void an_unclosed_rule_is_found_with_its_line() {
        assertThat(openRules(".a {\n  color: red;\n\n.b { margin: 0; }\n")).containsExactly(1);
        assertThat(openRules("/* { in a comment */ .a { content: \"{\"; }")).isEmpty();
    }

    private static String stylesheet() throws IOException {
        try (InputStream in = StylesheetTest.class.getResourceAsStream("/META-INF/resources/styles.css")) {
            return new String(
                    Objects.requireNonNull(in, "styles.css on the classpath").readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The lines of the rules still open at the end, ignoring braces inside comments and strings. */
    static Deque<Integer> openRules(String css) {
        Deque<Integer> open = new ArrayDeque<>();
        int line = 1;
        for (int i = 0; i < css.length(); i++) {
            char c = css.charAt(i);
            if (c == '\n') {
                line++;
            } else if (c == '/' && i + 1 < css.length() && css.charAt(i + 1) == '*') {
                int end = css.indexOf("*/", i + 2);
                end = end < 0 ? css.length() : end + 1;
                line += (int)
                        css.substring(i, end).chars().filter(ch -> ch == '\n').count();
                i = end;
            } else if (c == '"' || c == '\'') {
                int end = css.indexOf(c, i + 1);
                i = end < 0 ? css.length() : end;
            } else if (c == '{') {
                open.push(line);
            } else if (c == '}' && !open.isEmpty()) {
                open.pop();
            }
        }
        return open;
    }
}
