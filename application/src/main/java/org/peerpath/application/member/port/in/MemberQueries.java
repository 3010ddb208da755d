package org.peerpath.application.member.port.in;

import java.util.Optional;
import org.peerpath.application.shared.Actor;
import org.peerpath.application.shared.PageSpec;
import org.peerpath.application.shared.Slice;
import org.peerpath.member.MemberId;

/** Inbound port: reading members. Every read is audited (CONF-4). */
public interface MemberQueries {

    /** The members whose primary peer is the acting peer (MEM-3). */
    Slice<MemberSummary> myCaseload(Actor actor, String nameSearch, PageSpec page);

    /** Every member of the program; front desk and admins only (CONF-1). */
    Slice<MemberSummary> allMembers(Actor actor, String nameSearch, PageSpec page);

    /** How many members {@link #myCaseload} finds for the search text (a count shows no member data). */
    long countMyCaseload(Actor actor, String search);

    /** How many members {@link #allMembers} finds for the search text: a name, a CIN or a date of birth. */
    long countAllMembers(Actor actor, String search);

    /**
     * The member, when the actor may see them; empty both when there is no such member and when the member is not
     * on the actor's care team, so that a URL reveals nothing (MEM-3).
     */
    Optional<MemberDetails> member(Actor actor, MemberId id);
}
