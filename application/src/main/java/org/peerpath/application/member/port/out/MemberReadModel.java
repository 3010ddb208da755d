package org.peerpath.application.member.port.out;

import java.util.Optional;
import org.peerpath.application.member.port.in.MemberFilter;
import org.peerpath.application.shared.PageSpec;
import org.peerpath.application.shared.Slice;
import org.peerpath.member.MemberId;

/** Out port: members for lists and pages, sorted by last name, then first name, keyset-paged. */
public interface MemberReadModel {

    Slice<MemberRecord> page(MemberFilter filter, PageSpec page);

    Optional<MemberRecord> find(MemberId id);
}
