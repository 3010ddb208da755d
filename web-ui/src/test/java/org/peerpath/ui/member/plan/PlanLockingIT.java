package org.peerpath.ui.member.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.notification.Notification;
import org.junit.jupiter.api.Test;
import org.peerpath.application.member.port.in.MemberSummary;
import org.peerpath.application.plan.port.in.PlanDetails;
import org.peerpath.application.shared.PageSpec;
import org.peerpath.plan.PlanStatus;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * POC-4, optimistic locking: the peer has the plan open in the editor while, in another tab, it is signed and the
 * supervisor co-signs it. The co-sign wins; the peer's save is refused with "Someone else changed this", what they
 * typed stays in the form, and the complete plan is untouched: nothing is lost silently.
 */
class PlanLockingIT extends PlanFixture {

    @Test
    @WithUserDetails("peer.ava")
    void poc4_the_supervisor_cosigns_while_the_peer_edits_the_cosign_wins_and_the_peer_is_told_keeping_the_input() {
        MemberSummary member = members.myCaseload(currentUser.actor(), "Alonzo", PageSpec.first(20))
                .items()
                .getFirst();
        writeFirstVersion(member, "I want to see my daughter every week");

        PlanView editing = open(member);
        editing.narrative.setValue("Words the peer is still typing");
        signAndCoSign(member);

        test(editing.save).click();

        assertThat(test(find(Notification.class).last()).getText()).startsWith("Someone else changed this");
        assertThat(editing.refusal.getText()).startsWith("Someone else changed this");
        assertThat(editing.narrative.getValue()).isEqualTo("Words the peer is still typing");
        PlanDetails after = stored(member);
        assertThat(after.status()).isEqualTo(PlanStatus.COMPLETE);
        assertThat(after.narrative()).doesNotContain("still typing");
        assertThat(open(member).getElement().getTextRecursively()).contains("co-signed it");
    }
}
