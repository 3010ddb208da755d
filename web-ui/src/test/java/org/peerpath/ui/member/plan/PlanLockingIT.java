package org.peerpath.ui.member.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.notification.Notification;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.peerpath.application.member.port.in.MemberQueries;
import org.peerpath.application.member.port.in.MemberSummary;
import org.peerpath.application.plan.port.in.CoSignPlanUseCase;
import org.peerpath.application.plan.port.in.PlanDetails;
import org.peerpath.application.plan.port.in.PlanQueries;
import org.peerpath.application.plan.port.in.PlanStepCommand;
import org.peerpath.application.plan.port.in.SignPlanUseCase;
import org.peerpath.application.shared.PageSpec;
import org.peerpath.plan.PlanStatus;
import org.peerpath.ui.security.CurrentUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * POC-4, optimistic locking: the peer has the plan open in the editor while, in another tab, it is signed and the
 * supervisor co-signs it. The co-sign wins; the peer's save is refused with "Someone else changed this", what they
 * typed stays in the form, and the complete plan is untouched: nothing is lost silently.
 */
@SpringBootTest
class PlanLockingIT extends SpringBrowserlessTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("America/Los_Angeles"));

    @Autowired
    MemberQueries members;

    @Autowired
    PlanQueries plans;

    @Autowired
    SignPlanUseCase signPlan;

    @Autowired
    CoSignPlanUseCase coSignPlan;

    @Autowired
    CurrentUser currentUser;

    @Autowired
    UserDetailsService accounts;

    private PlanView open(MemberSummary member) {
        return navigate(PlanView.class, Map.of("memberId", member.id().toString()));
    }

    private PlanDetails stored(MemberSummary member) {
        return plans.plan(currentUser.actor(), member.id(), null)
                .orElseThrow()
                .plan()
                .orElseThrow();
    }

    /** Runs {@code step} as {@code username}, as another browser tab of that person would. */
    private <T> T as(String username, Supplier<T> step) {
        SecurityContext saved = SecurityContextHolder.getContext();
        SecurityContext other = SecurityContextHolder.createEmptyContext();
        UserDetails user = accounts.loadUserByUsername(username);
        other.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(other);
        try {
            return step.get();
        } finally {
            SecurityContextHolder.setContext(saved);
        }
    }

    @Test
    @WithUserDetails("peer.ava")
    void poc4_the_supervisor_cosigns_while_the_peer_edits_the_cosign_wins_and_the_peer_is_told_keeping_the_input() {
        MemberSummary member = members.myCaseload(currentUser.actor(), "Alonzo", PageSpec.first(20))
                .items()
                .getFirst();
        PlanView view = open(member);
        test(view.start).click();
        view = open(member);
        PlanView.GoalEditor goal = view.goals.getFirst();
        goal.words.setValue("I want to see my daughter every week");
        goal.measure.setValue("Visits a month");
        goal.target.setValue("4 a month");
        goal.targetDate.setValue(TODAY.plusMonths(3));
        view.amount.setValue("Up to 4 units a week");
        view.duration.setValue("6 months");
        view.scope.setValue("Engagement");
        test(view.save).click();

        PlanView editing = open(member);
        editing.narrative.setValue("Words the peer is still typing");
        PlanDetails seen = stored(member);
        as("peer.ava", () -> {
            signPlan.sign(new PlanStepCommand(currentUser.actor(), seen.id(), seen.version()));
            return null;
        });
        PlanDetails signed = stored(member);
        as("super.dana", () -> {
            coSignPlan.cosign(new PlanStepCommand(currentUser.actor(), signed.id(), signed.version()));
            return null;
        });

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
