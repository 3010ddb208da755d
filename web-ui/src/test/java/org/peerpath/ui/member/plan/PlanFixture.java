package org.peerpath.ui.member.plan;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.peerpath.application.claim.port.in.ServiceInput;
import org.peerpath.application.member.port.in.MemberQueries;
import org.peerpath.application.member.port.in.MemberSummary;
import org.peerpath.application.plan.port.in.CoSignPlanUseCase;
import org.peerpath.application.plan.port.in.PlanDetails;
import org.peerpath.application.plan.port.in.PlanQueries;
import org.peerpath.application.plan.port.in.PlanStepCommand;
import org.peerpath.application.plan.port.in.SignPlanUseCase;
import org.peerpath.application.service.port.in.RecordPeerServiceCommand;
import org.peerpath.application.service.port.in.RecordPeerServiceUseCase;
import org.peerpath.application.shared.PageSpec;
import org.peerpath.member.MemberId;
import org.peerpath.service.Modality;
import org.peerpath.service.PlaceOfService;
import org.peerpath.service.ServiceComponent;
import org.peerpath.shared.County;
import org.peerpath.shared.DeliverySystem;
import org.peerpath.shared.ServiceId;
import org.peerpath.ui.ActingAs;
import org.peerpath.ui.security.CurrentUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The one fixture of the Plan tab's browserless tests (POC-2, POC-4, GOAL-2): a member of Ava's, a first version
 * written in the editor, signed by the peer and co-signed by her supervisor in "another tab", and services recorded for
 * the member. Shared by the compare, locking and services tests instead of each setting it up again.
 */
@SpringBootTest
abstract class PlanFixture extends SpringBrowserlessTest {

    @Autowired
    ActingAs actingAs;

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("America/Los_Angeles"));

    @Autowired
    MemberQueries members;

    @Autowired
    PlanQueries plans;

    @Autowired
    SignPlanUseCase signPlan;

    @Autowired
    CoSignPlanUseCase coSignPlan;

    @Autowired
    RecordPeerServiceUseCase recordService;

    @Autowired
    CurrentUser currentUser;

    PlanView open(MemberSummary member) {
        return navigate(PlanView.class, Map.of("memberId", member.id().toString()));
    }

    PlanDetails stored(MemberSummary member) {
        return plans.plan(currentUser.actor(), member.id(), null)
                .orElseThrow()
                .plan()
                .orElseThrow();
    }

    /** Runs {@code step} as {@code username}, as another browser tab of that person would. */
    <T> T as(String username, Supplier<T> step) {
        return actingAs.as(username, step);
    }

    /** A member of Ava's, named one of {@code names}, with no plan yet. */
    MemberSummary freshMember(String... names) {
        for (String name : names) {
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

    /** A new member enrolled by the admin with Ava as primary peer, so no other test writes a plan for them. */
    MemberSummary newMemberOfAvas(String given, String family) {
        MemberId id = actingAs.newMemberOf("peer.ava", given, family, County.SANTA_CRUZ);
        return as("peer.ava", () -> members.myCaseload(currentUser.actor(), given, PageSpec.first(20)).items().stream()
                .filter(m -> m.id().equals(id))
                .findFirst()
                .orElseThrow());
    }

    /** Starts the member's plan in the editor and saves one measurable goal with amount, duration and scope. */
    PlanView writeFirstVersion(MemberSummary member, String goalWords) {
        PlanView view = open(member);
        test(view.start).click();
        view = open(member);
        PlanView.GoalEditor goal = view.goals.getFirst();
        goal.words.setValue(goalWords);
        goal.measure.setValue("Visits a month");
        goal.target.setValue("4 a month");
        goal.targetDate.setValue(TODAY.plusMonths(3));
        view.amount.setValue("Up to 4 units a week");
        view.duration.setValue("6 months");
        view.scope.setValue("Engagement");
        test(view.save).click();
        return view;
    }

    /** The peer signs the shown version, then her supervisor co-signs it (POC-2). */
    void signAndCoSign(MemberSummary member) {
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
    }

    /** A 45-minute in-person service Ava gave the member on {@code on}. */
    ServiceId recordService(MemberSummary member, LocalDate on) {
        ServiceInput input = ServiceInput.forMember(member.id())
                .on(on)
                .between(LocalTime.of(10, 0), LocalTime.of(10, 45))
                .travelMinutes(10)
                .documentationMinutes(5)
                .components(ServiceComponent.ENGAGEMENT)
                .delivered(Modality.IN_PERSON, PlaceOfService.OFFICE)
                .under(DeliverySystem.SMHS)
                .build();
        return as(
                "peer.ava", () -> recordService.record(new RecordPeerServiceCommand(currentUser.actor(), input, null)));
    }
}
