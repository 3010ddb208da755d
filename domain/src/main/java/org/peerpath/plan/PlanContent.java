package org.peerpath.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.peerpath.goal.Goal;
import org.peerpath.member.MemberId;
import org.peerpath.shared.Field;
import org.peerpath.shared.InvalidValueException;
import org.peerpath.shared.Message;
import org.peerpath.shared.ServiceId;
import org.peerpath.shared.StaffId;

/**
 * What one version of a Plan of Care says and whom it is about, in every state of its lifecycle (POC). Versions share a
 * {@code lineage}.
 *
 * @param amountDurationScope POC-6: may be missing while the plan is a draft
 * @param treatmentPlanReference POC-5: present when the plan is part of a DMC/DMC-ODS comprehensive treatment plan
 * @param developmentSession POC-1: the session in which the peer met the member to develop the plan
 * @param version optimistic-lock version of the stored row; 0 for a plan not yet saved
 */
public record PlanContent(
        PlanOfCareId id,
        PlanOfCareId lineage,
        int versionNumber,
        MemberId member,
        StaffId peer,
        Authorship authorship,
        String narrative,
        @Nullable AmountDurationScope amountDurationScope,
        List<Goal> goals,
        @Nullable String treatmentPlanReference,
        @Nullable ServiceId developmentSession,
        long version) {

    public static final int MAX_NARRATIVE_LENGTH = 8000;

    public PlanContent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(lineage, "lineage");
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(peer, "peer");
        Objects.requireNonNull(authorship, "authorship");
        narrative = validNarrative(narrative);
        goals = List.copyOf(goals);
    }

    /** Version 1 of a new plan, empty but for its narrative. */
    static PlanContent first(MemberId member, StaffId peer, Authorship authorship, @Nullable String narrative) {
        PlanOfCareId id = PlanOfCareId.newId();
        return new PlanContent(
                id, id, 1, member, peer, authorship, validNarrative(narrative), null, List.of(), null, null, 0);
    }

    /** POC-4: the next version's starting point: same lineage and text, a new ID, no development session. */
    PlanContent nextVersion() {
        return new PlanContent(
                PlanOfCareId.newId(),
                lineage,
                versionNumber + 1,
                member,
                peer,
                authorship,
                narrative,
                amountDurationScope,
                goals,
                treatmentPlanReference,
                null,
                0);
    }

    /** The person who writes and signs the plan: the peer (POC-2) or the professional writing for them (POC-3). */
    public StaffId author() {
        return switch (authorship) {
            case Authorship.ByPeer byPeer -> peer;
            case Authorship.OnPeersBehalf onBehalf -> onBehalf.author();
        };
    }

    PlanContent withNarrative(String text) {
        return with(text, amountDurationScope, goals, treatmentPlanReference, developmentSession);
    }

    PlanContent withServices(AmountDurationScope services) {
        return with(narrative, services, goals, treatmentPlanReference, developmentSession);
    }

    PlanContent withGoal(Goal goal) {
        List<Goal> updated = new ArrayList<>(goals);
        updated.add(goal);
        return with(narrative, amountDurationScope, updated, treatmentPlanReference, developmentSession);
    }

    PlanContent withGoals(List<Goal> replaced) {
        return with(narrative, amountDurationScope, replaced, treatmentPlanReference, developmentSession);
    }

    PlanContent withoutTreatmentPlan() {
        return with(narrative, amountDurationScope, goals, null, developmentSession);
    }

    PlanContent withTreatmentPlan(String reference) {
        return with(narrative, amountDurationScope, goals, reference, developmentSession);
    }

    PlanContent withDevelopmentSession(ServiceId session) {
        return with(narrative, amountDurationScope, goals, treatmentPlanReference, session);
    }

    /** The same version of the plan (ID, lineage, member, authorship, stored version) saying something else. */
    private PlanContent with(
            String text,
            @Nullable AmountDurationScope services,
            List<Goal> goalList,
            @Nullable String reference,
            @Nullable ServiceId session) {
        return new PlanContent(
                id,
                lineage,
                versionNumber,
                member,
                peer,
                authorship,
                text,
                services,
                goalList,
                reference,
                session,
                version);
    }

    private static String validNarrative(@Nullable String narrative) {
        String text = narrative == null ? "" : narrative.strip();
        if (text.length() > MAX_NARRATIVE_LENGTH) {
            throw new InvalidValueException(
                    Field.NARRATIVE, Message.VALUE_TOO_LONG, Field.NARRATIVE, MAX_NARRATIVE_LENGTH);
        }
        return text;
    }
}
