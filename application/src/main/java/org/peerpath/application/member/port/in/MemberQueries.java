package org.peerpath.application.member.port.in;

import java.util.List;
import java.util.Optional;
import org.peerpath.application.shared.Actor;
import org.peerpath.application.shared.PageSpec;
import org.peerpath.application.shared.Slice;
import org.peerpath.application.staff.port.in.StaffSummary;
import org.peerpath.member.MemberId;
import org.peerpath.shared.StaffId;

/** Inbound port: reading members. Every read is audited (CONF-4); who may read is the care-team rule (MEM-3). */
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
     * My team: the members whose primary peer is {@code peer}, for the peer's supervisor or directing BHP today
     * (MEM-3); empty for anyone else.
     */
    Slice<MemberSummary> teamMembers(Actor actor, StaffId peer, String nameSearch, PageSpec page);

    /**
     * The member, when the actor may see them; empty both when there is no such member and when the member is not
     * on the actor's care team, so that a URL reveals nothing (MEM-3).
     */
    Optional<MemberDetails> member(Actor actor, MemberId id);

    /**
     * Whom the actor may make this member's primary peer: enabled peers only; a supervisor's own peers (MEM-3,
     * SUP-1). Empty when the actor may not assign one.
     */
    List<StaffSummary> primaryPeerChoices(Actor actor, MemberId id);
}
