package org.peerpath.application.shared;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** A page of rows and the key to ask for the next page with; no next key means this was the last page. */
public record Slice<T>(List<T> items, @Nullable String nextKey) {

    public Slice {
        items = List.copyOf(items);
    }

    public Optional<String> next() {
        return Optional.ofNullable(nextKey);
    }
}
