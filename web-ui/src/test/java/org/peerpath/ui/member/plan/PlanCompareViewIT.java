package org.peerpath.ui.member.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
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
import org.peerpath.ui.security.CurrentUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/** POC-4: two versions of a plan side by side on the Plan tab, changed lines marked in words and with a sign. */
@SpringBootTest
class PlanCompareViewIT extends SpringBrowserlessTest {

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

    /** A member of Ava's with no plan yet, whom no other test writes a plan for. */
    private MemberSummary freshMember() {
        for (String name : List.of("Thaddeus", "Ingrid", "Consuelo", "Ottilie", "Rafferty", "Yesenia", "Saffron")) {
            List<MemberSummary> found = members.myCaseload(currentUser.actor(), name, PageSpec.first(20))
                    .items();
            for (MemberSummary member : found) {
                if (plans.plan(currentUser.actor(), member.id(), null)
                        .orElseThrow()
                        .plan()
                        .isEmpty()) {
                    return member;
                }
            }
        }
        throw new IllegalStateException("no member of Ava's without a plan");
    }

    @Test
    @WithUserDetails("peer.ava")
    void poc4_two_versions_side_by_side_mark_what_changed_in_words() {
        MemberSummary member = freshMember();
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
        PlanDetails seen = stored(member);
        signPlan.sign(new PlanStepCommand(currentUser.actor(), seen.id(), seen.version()));
        PlanDetails signed = stored(member);
        as("super.dana", () -> {
            coSignPlan.cosign(new PlanStepCommand(currentUser.actor(), signed.id(), signed.version()));
            return null;
        });
        view = open(member);
        test(view.revise).click();
        view = open(member);
        view.narrative.setValue("A new narrative for the second version");
        view.scope.setValue("Engagement and linkage to housing");
        test(view.save).click();

        view = open(member);
        assertThat(view.compare).isNotNull();
        VersionCompare compare = java.util.Objects.requireNonNull(view.compare);
        test(compare.compare).click();

        String narrative = compare.result
                .getChildren()
                .filter(c -> c.getId().orElse("").equals("plan-compare-narrative"))
                .findFirst()
                .orElseThrow()
                .getElement()
                .getTextRecursively();
        assertThat(narrative).contains("A new narrative for the second version", "≠ Changed");
        String scope = line(compare, "plan-compare-scope");
        assertThat(scope).contains("Engagement", "Engagement and linkage to housing", "≠ Changed");
        assertThat(line(compare, "plan-compare-amount")).contains("Up to 4 units a week", "= Same");
        assertThat(line(compare, "plan-compare-goal-1")).contains("I want to see my daughter every week", "= Same");
        assertThat(compare.result.getElement().getTextRecursively()).contains("Version 1", "Version 2");
    }

    private static String line(VersionCompare compare, String id) {
        return compare.result
                .getChildren()
                .filter(c -> c.getId().orElse("").equals(id))
                .findFirst()
                .orElseThrow()
                .getElement()
                .getTextRecursively();
    }
}
