package org.peerpath.ui.member.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peerpath.application.member.port.in.MemberSummary;
import org.peerpath.application.plan.port.in.GoalProgressSummary;
import org.peerpath.application.service.port.in.ServiceSummary;
import org.peerpath.goal.GoalStatus;
import org.peerpath.goal.ProgressEntry;
import org.peerpath.shared.ServiceId;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * POC-1, POC-4, GOAL-2 on the Plan tab: the plan names the service in which it was developed; each complete version
 * lists the services dated while it was in force; a progress entry may link to one of the member's services; and one
 * overview charts every goal over time with a table beside it.
 */
class PlanServicesViewIT extends PlanFixture {

    private static ServiceSummary summary(PlanView view, ServiceId id) {
        return view.memberServices.stream()
                .filter(s -> s.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private static String text(PlanView view, String id) {
        return view.getElement()
                .getChildren()
                .map(e -> e.getComponent().orElseThrow())
                .filter(c -> c.getId().orElse("").equals(id))
                .findFirst()
                .map(Component::getElement)
                .orElseThrow(() -> new AssertionError("no " + id))
                .getTextRecursively();
    }

    private List<ProgressEntry> progressOf(MemberSummary member) {
        return plans.plan(currentUser.actor(), member.id(), null).orElseThrow().progress().stream()
                .flatMap(g -> g.entries().stream())
                .toList();
    }

    @Test
    @WithUserDetails("peer.ava")
    void poc1_poc4_goal2_services_link_to_the_version_in_force_and_progress_to_a_service() {
        MemberSummary member = newMemberOfAvas("Servane", "Linkwell");
        ServiceId session = recordService(member, TODAY.minusDays(3));
        writeFirstVersion(member, "I want to cook for my kids");
        PlanView view = open(member);
        view.developedIn.setValue(summary(view, session));
        test(view.save).click();
        assertThat(stored(member).developmentSession()).isEqualTo(session);
        signAndCoSign(member);
        ServiceId afterwards = recordService(member, TODAY);

        view = open(member);
        String developedLabel = view.serviceLabel(session);
        String afterLabel = view.serviceLabel(afterwards);
        assertThat(text(view, "plan-read")).contains("Developed in the service of " + developedLabel);
        String byVersion = text(view, "plan-version-services");
        assertThat(byVersion).contains("Version 1, in force since", afterLabel);
        assertThat(byVersion).contains("Services with no plan in force on their date", developedLabel);
        assertThat(byVersion).contains("Plan developed here");

        PlanView.ProgressForm form = view.progressForms.getFirst();
        assertThat(form.service.getListDataView().getItems())
                .extracting(ServiceSummary::id)
                .contains(afterwards);
        form.rating.setValue(4);
        form.on.setValue(TODAY.minusDays(2));
        test(form.record).click();
        view = open(member);
        form = view.progressForms.getFirst();
        form.rating.setValue(6);
        form.service.setValue(summary(view, afterwards));
        test(form.record).click();

        assertThat(progressOf(member)).extracting(ProgressEntry::service).containsExactly(null, afterwards);
        view = open(member);
        String progress = text(view, "plan-progress");
        assertThat(progress).contains("Service", afterLabel);
        assertThat(progress).contains("All goals over time", "Goal 1: I want to cook for my kids");
    }

    @Test
    @WithUserDetails("peer.ava")
    void goal2_the_overview_charts_every_goal_with_a_table_of_every_entry() {
        GoalProgressSummary first = new GoalProgressSummary(
                new org.peerpath.goal.GoalId(java.util.UUID.randomUUID()),
                "Own place",
                GoalStatus.IN_PROGRESS,
                List.of());
        PlanView view = open(newMemberOfAvas("Ovidia", "Chartwell"));
        Component none = GoalsOverviewChart.of(List.of(first), view, java.util.Locale.US);
        assertThat(none.getElement().getTextRecursively()).contains("No progress recorded yet.");

        GoalProgressSummary withEntries = new GoalProgressSummary(
                first.goal(),
                "Own place",
                GoalStatus.IN_PROGRESS,
                List.of(
                        new ProgressEntry(first.goal(), TODAY.minusDays(20), 2, GoalStatus.IN_PROGRESS, "", null),
                        new ProgressEntry(first.goal(), TODAY, 7, GoalStatus.IN_PROGRESS, "", null)));
        org.peerpath.goal.GoalId other = new org.peerpath.goal.GoalId(java.util.UUID.randomUUID());
        GoalProgressSummary second = new GoalProgressSummary(
                other,
                "Sleep <better>",
                GoalStatus.IN_PROGRESS,
                List.of(new ProgressEntry(other, TODAY.minusDays(10), 5, GoalStatus.IN_PROGRESS, "", null)));
        Component chart = GoalsOverviewChart.of(List.of(withEntries, second), view, java.util.Locale.US);

        String svg = GoalsOverviewChart.svg(
                List.of(withEntries, second), "summary", java.time.format.DateTimeFormatter.ISO_LOCAL_DATE);
        assertThat(svg).contains("series-0", "series-1", "<polyline", "<rect", "viewBox=\"0 0 320 180\"");
        assertThat(svg).doesNotContain("Sleep", "Own place");
        String all = chart.getElement().getTextRecursively();
        assertThat(all).contains("Goal 1: Own place", "Goal 2: Sleep <better>", "Every entry for every goal, by date");
        assertThat(chart.getElement().getOuterHTML()).contains("Ratings of 2 goals in 3 entries");
    }
}
