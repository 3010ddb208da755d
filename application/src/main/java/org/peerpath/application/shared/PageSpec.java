package org.peerpath.application.shared;

import org.jspecify.annotations.Nullable;

/**
 * One page of a keyset-paged list: at most {@code size} rows that sort after {@code afterKey} (from the first row
 * when null). Keys are opaque strings handed out in {@link Slice#nextKey()}.
 */
public record PageSpec(int size, @Nullable String afterKey) {

    public static final int MAX_SIZE = 500;

    public PageSpec {
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("page size must be 1.." + MAX_SIZE + " but was " + size);
        }
    }

    public static PageSpec first(int size) {
        return new PageSpec(size, null);
    }
}
