package org.peerpath.application.levelofcare.port.in;

import java.util.List;
import java.util.Optional;
import org.peerpath.application.shared.Actor;
import org.peerpath.levelofcare.LevelOfCare;
import org.peerpath.member.MemberId;
import org.peerpath.shared.DeliverySystem;

/** Reads of a member's levels of care: clinical records, for the care team and admins only (CONF-2). */
public interface LevelOfCareQueries {

    /** Empty when the member does not exist or the actor is not on the care team: the two look the same. */
    Optional<MemberEpisodes> episodes(Actor actor, MemberId member);

    /** LOC-1: the reference list of levels under one delivery system, in the list's order. */
    List<LevelOfCare> levelsUnder(DeliverySystem deliverySystem);
}
