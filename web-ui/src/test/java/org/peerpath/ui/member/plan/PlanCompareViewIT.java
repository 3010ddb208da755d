package org.peerpath.ui.member.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.peerpath.application.member.port.in.MemberSummary;
import org.springframework.security.test.context.support.WithUserDetails;

/** POC-4: two versions of a plan side by side on the Plan tab, changed lines marked in words and with a sign. */
class PlanCompareViewIT extends PlanFixture {

    @Test
    @WithUserDetails("peer.ava")
    void poc4_two_versions_side_by_side_mark_what_changed_in_words() {
        MemberSummary member =
                freshMember("Thaddeus", "Ingrid", "Consuelo", "Ottilie", "Rafferty", "Yesenia", "Saffron");
        writeFirstVersion(member, "I want to see my daughter every week");
        signAndCoSign(member);
        PlanView view = open(member);
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
