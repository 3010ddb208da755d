package org.peerpath.ui.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.peerpath.application.shared.PageSpec;
import org.peerpath.application.shared.Slice;

/**
 * Serves a lazy Grid's offset/limit requests from a keyset-paged Queries port. It remembers the key at each offset it
 * has reached, so scrolling on costs one page query, and a jump further down walks from the nearest known key.
 */
public final class KeysetPager<T> {

    private final BiFunction<PageSpec, String, Slice<T>> pages;
    private final TreeMap<Integer, @Nullable String> keysByOffset = new TreeMap<>();
    private int end = Integer.MAX_VALUE;

    /** {@code pages} answers one page for a page spec and the current search text. */
    public KeysetPager(BiFunction<PageSpec, String, Slice<T>> pages) {
        this.pages = pages;
        keysByOffset.put(0, null);
    }

    public Stream<T> fetch(int offset, int limit, String search) {
        List<T> rows = new ArrayList<>(limit);
        Map.Entry<Integer, @Nullable String> start = keysByOffset.floorEntry(offset);
        int position = start.getKey();
        @Nullable String key = start.getValue();
        while (position < offset + limit && position < end) {
            Slice<T> slice =
                    pages.apply(new PageSpec(Math.min(PageSpec.MAX_SIZE, offset + limit - position), key), search);
            for (T row : slice.items()) {
                if (position >= offset) {
                    rows.add(row);
                }
                position++;
            }
            key = slice.nextKey();
            if (key == null) {
                end = position;
                break;
            }
            keysByOffset.put(position, key);
        }
        return rows.stream();
    }

    /** Forget what was learnt, e.g. after the search text changed. */
    public void reset() {
        keysByOffset.clear();
        keysByOffset.put(0, null);
        end = Integer.MAX_VALUE;
    }
}
