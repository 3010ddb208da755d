package org.peerpath.application.member.port.out;

import java.util.Optional;
import org.peerpath.application.member.port.in.MemberFilter;
import org.peerpath.application.shared.PageSpec;
import org.peerpath.application.shared.Slice;
import org.peerpath.member.MemberId;

/**
 * Out port: members for lists and pages, keyset-paged, sorted by last name, then first name; a name search puts exact
 * matches first, then names that start with the text, then the rest.
 */
public interface MemberReadModel {

    Slice<MemberRecord> page(MemberFilter filter, PageSpec page);

    /** How many members the filter matches, for the count above a list. */
    long count(MemberFilter filter);

    Optional<MemberRecord> find(MemberId id);
}
