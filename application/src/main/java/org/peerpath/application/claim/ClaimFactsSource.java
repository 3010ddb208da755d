package org.peerpath.application.claim;

import org.peerpath.claim.ClaimFacts;
import org.peerpath.member.MemberId;
import org.peerpath.shared.StaffId;

/**
 * The claim facts of exactly one member and one peer, read from stored records (CHECK-1, D.5). For the application's
 * features that judge services (recording, lists, the work queue); they check access before they ask. Not for views.
 */
public interface ClaimFactsSource {

    /**
     * @throws org.peerpath.application.member.port.in.MemberNotFoundException when no such member is stored
     */
    ClaimFacts factsFor(MemberId member, StaffId peer);
}
