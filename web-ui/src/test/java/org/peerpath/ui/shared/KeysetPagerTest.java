package org.peerpath.ui.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.peerpath.application.shared.PageSpec;
import org.peerpath.application.shared.Slice;

class KeysetPagerTest {

    private final List<Integer> rows = IntStream.range(0, 103).boxed().toList();
    private final List<PageSpec> asked = new ArrayList<>();

    /** A keyset source: the key is the last row handed out, as the real read model's opaque key would be. */
    private Slice<Integer> page(PageSpec page, String search) {
        asked.add(page);
        int start = page.afterKey() == null ? 0 : Integer.parseInt(page.afterKey()) + 1;
        int end = Math.min(rows.size(), start + page.size());
        List<Integer> items = rows.subList(start, end);
        return new Slice<>(items, end < rows.size() ? String.valueOf(end - 1) : null);
    }

    private final KeysetPager<Integer> pager = new KeysetPager<>(this::page);

    @Test
    void scrolling_on_costs_one_query_per_page_from_the_last_known_key() {
        assertThat(pager.fetch(0, 50, "")).containsExactlyElementsOf(rows.subList(0, 50));
        assertThat(pager.fetch(50, 50, "")).containsExactlyElementsOf(rows.subList(50, 100));

        assertThat(asked).extracting(PageSpec::afterKey).containsExactly(null, "49");
    }

    @Test
    void the_last_page_stops_at_the_end_and_later_requests_find_nothing() {
        assertThat(pager.fetch(100, 50, "")).containsExactly(100, 101, 102);
        assertThat(pager.fetch(150, 50, "")).isEmpty();
    }

    @Test
    void a_jump_ahead_walks_from_the_nearest_known_key_and_returns_exactly_the_window() {
        pager.fetch(0, 10, "");

        assertThat(pager.fetch(40, 10, "")).containsExactlyElementsOf(rows.subList(40, 50));
        assertThat(asked.get(1).afterKey()).isEqualTo("9");
    }

    @Test
    void reset_starts_again_from_the_first_row() {
        pager.fetch(0, 10, "");
        pager.fetch(10, 10, "");
        pager.reset();

        assertThat(pager.fetch(0, 5, "")).containsExactly(0, 1, 2, 3, 4);
        assertThat(asked.getLast().afterKey()).isNull();
    }
}
