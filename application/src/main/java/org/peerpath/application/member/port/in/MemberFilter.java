package org.peerpath.application.member.port.in;

import org.jspecify.annotations.Nullable;
import org.peerpath.shared.StaffId;

/**
 * Which members a list shows: those whose primary peer is {@code primaryPeer} (all when null), whose name resembles
 * {@code nameSearch} (all when blank).
 */
public record MemberFilter(@Nullable StaffId primaryPeer, String nameSearch) {

    public static final int MAX_SEARCH_LENGTH = 80;

    public MemberFilter {
        nameSearch = nameSearch.strip();
        if (nameSearch.length() > MAX_SEARCH_LENGTH) {
            nameSearch = nameSearch.substring(0, MAX_SEARCH_LENGTH);
        }
    }

    public boolean searchesByName() {
        return !nameSearch.isEmpty();
    }
}
