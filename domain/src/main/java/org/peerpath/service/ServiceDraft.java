package org.peerpath.service;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.peerpath.collateral.CollateralId;
import org.peerpath.goal.GoalId;
import org.peerpath.levelofcare.LevelOfCare;
import org.peerpath.levelofcare.Transition;
import org.peerpath.member.MemberId;
import org.peerpath.shared.DeliverySystem;
import org.peerpath.shared.StaffId;

/**
 * A peer service as far as it is filled in: what the claim check reads (CHECK-1). Anything may still be missing; the
 * check reports missing parts as findings. A recorded {@link PeerService} gives its own via {@link
 * PeerService#asDraft()}. Build one with {@link #individual}, {@link #fromGroup} or {@link #start} and the fluent
 * {@link Builder}: {@code ServiceDraft.individual(member, peer).on(date).minutes(45).build()}.
 */
public record ServiceDraft(
        MemberId member,
        StaffId peer,
        @Nullable LocalDate dateOfService,
        @Nullable LocalTime endedAt,
        @Nullable DeliverySystem deliverySystem,
        @Nullable ServiceCode code,
        Set<ServiceComponent> components,
        @Nullable ServiceMinutes minutes,
        @Nullable Modality modality,
        @Nullable PlaceOfService placeOfService,
        boolean memberPresent,
        List<CollateralId> collateralParticipants,
        List<AgencyContact> agencyContacts,
        @Nullable String absenceReason,
        List<GoalId> goals,
        @Nullable LevelOfCare levelOfCare,
        @Nullable Transition transition,
        @Nullable GroupSessionId groupSession,
        boolean crisis,
        @Nullable LocalDateTime noteSignedAt,
        boolean noteCosigned,
        boolean voided) {

    public ServiceDraft {
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(peer, "peer");
        components = Set.copyOf(components);
        collateralParticipants = List.copyOf(collateralParticipants);
        agencyContacts = List.copyOf(agencyContacts);
        goals = List.copyOf(goals);
    }

    /** An empty service for a member and peer: the start of recording, nothing chosen yet. */
    public static Builder start(MemberId member, StaffId peer) {
        return new Builder(member, peer);
    }

    /** An individual service (H0038) for a member and peer, the member present. */
    public static Builder individual(MemberId member, StaffId peer) {
        return new Builder(member, peer).code(ServiceCode.H0038);
    }

    /** GRP-1: an attendee's H0025 service from a recorded group session. */
    public static Builder fromGroup(MemberId member, StaffId peer, GroupSessionId session) {
        return new Builder(member, peer)
                .code(ServiceCode.H0025)
                .components(ServiceComponent.EDUCATIONAL_SKILL_BUILDING_GROUP)
                .groupSession(session);
    }

    /** A builder holding this draft's values, to change some of them. */
    public Builder toBuilder() {
        Builder b = new Builder(member, peer);
        b.dateOfService = dateOfService;
        b.endedAt = endedAt;
        b.deliverySystem = deliverySystem;
        b.code = code;
        b.components = components;
        b.minutes = minutes;
        b.modality = modality;
        b.placeOfService = placeOfService;
        b.memberPresent = memberPresent;
        b.collateralParticipants = collateralParticipants;
        b.agencyContacts = agencyContacts;
        b.absenceReason = absenceReason;
        b.goals = goals;
        b.levelOfCare = levelOfCare;
        b.transition = transition;
        b.groupSession = groupSession;
        b.crisis = crisis;
        b.noteSignedAt = noteSignedAt;
        b.noteCosigned = noteCosigned;
        b.voided = voided;
        return b;
    }

    /** Fills a draft in step by step; every value may stay missing (the claim check reports it). */
    public static final class Builder {
        private final MemberId member;
        private final StaffId peer;
        private @Nullable LocalDate dateOfService;
        private @Nullable LocalTime endedAt;
        private @Nullable DeliverySystem deliverySystem;
        private @Nullable ServiceCode code;
        private Set<ServiceComponent> components = Set.of();
        private @Nullable ServiceMinutes minutes;
        private @Nullable Modality modality;
        private @Nullable PlaceOfService placeOfService;
        private boolean memberPresent = true;
        private List<CollateralId> collateralParticipants = List.of();
        private List<AgencyContact> agencyContacts = List.of();
        private @Nullable String absenceReason;
        private List<GoalId> goals = List.of();
        private @Nullable LevelOfCare levelOfCare;
        private @Nullable Transition transition;
        private @Nullable GroupSessionId groupSession;
        private boolean crisis;
        private @Nullable LocalDateTime noteSignedAt;
        private boolean noteCosigned;
        private boolean voided;

        private Builder(MemberId member, StaffId peer) {
            this.member = Objects.requireNonNull(member, "member");
            this.peer = Objects.requireNonNull(peer, "peer");
        }

        /** The date of service. */
        public Builder on(@Nullable LocalDate date) {
            this.dateOfService = date;
            return this;
        }

        /** SVC-8: when a crisis service ended, for its 24-hour note deadline. */
        public Builder endedAt(@Nullable LocalTime time) {
            this.endedAt = time;
            return this;
        }

        /** SVC-7, CTY-1: the delivery system the service is under. */
        public Builder under(@Nullable DeliverySystem system) {
            this.deliverySystem = system;
            return this;
        }

        /** SVC-2. */
        public Builder code(@Nullable ServiceCode serviceCode) {
            this.code = serviceCode;
            return this;
        }

        /** SVC-1. */
        public Builder components(ServiceComponent... parts) {
            return components(Set.of(parts));
        }

        public Builder components(Set<ServiceComponent> parts) {
            this.components = Set.copyOf(parts);
            return this;
        }

        /** SVC-3: contact minutes only. */
        public Builder minutes(int contact) {
            return minutes(ServiceMinutes.contactOnly(contact));
        }

        /** SVC-3: contact, travel and documentation minutes. */
        public Builder minutes(@Nullable ServiceMinutes serviceMinutes) {
            this.minutes = serviceMinutes;
            return this;
        }

        /** SVC-4: how and where the service was delivered. */
        public Builder delivered(@Nullable Modality how, @Nullable PlaceOfService where) {
            this.modality = how;
            this.placeOfService = where;
            return this;
        }

        /** SVC-6: the member was not there, for {@code reason}. */
        public Builder memberAbsent(@Nullable String reason) {
            this.memberPresent = false;
            this.absenceReason = reason;
            return this;
        }

        /** SVC-6, COL-2: family or support persons who took part. */
        public Builder collaterals(List<CollateralId> collaterals) {
            this.collateralParticipants = List.copyOf(collaterals);
            return this;
        }

        /** SVC-6: other providers or agencies contacted on the member's behalf. */
        public Builder agencyContacts(List<AgencyContact> contacts) {
            this.agencyContacts = List.copyOf(contacts);
            return this;
        }

        /** GOAL-3: the goals of the plan the service served. */
        public Builder goals(List<GoalId> goalIds) {
            this.goals = List.copyOf(goalIds);
            return this;
        }

        /** CTY-2, LOC-2: the level of care, when not taken from an open episode. */
        public Builder level(@Nullable LevelOfCare level) {
            this.levelOfCare = level;
            return this;
        }

        /** LOC-3. */
        public Builder transition(@Nullable Transition move) {
            this.transition = move;
            return this;
        }

        /** GRP-1. */
        public Builder groupSession(@Nullable GroupSessionId session) {
            this.groupSession = session;
            return this;
        }

        /** SVC-8: a crisis service's note is due within hours, not days. */
        public Builder crisis(boolean isCrisis) {
            this.crisis = isCrisis;
            return this;
        }

        /** SVC-8, SVC-10: when the note was signed and whether a supervisor co-signed it. */
        public Builder note(@Nullable LocalDateTime signedAt, boolean cosigned) {
            this.noteSignedAt = signedAt;
            this.noteCosigned = cosigned;
            return this;
        }

        /** SVC-9. */
        public Builder voided(boolean isVoided) {
            this.voided = isVoided;
            return this;
        }

        public ServiceDraft build() {
            return new ServiceDraft(
                    member,
                    peer,
                    dateOfService,
                    endedAt,
                    deliverySystem,
                    code,
                    components,
                    minutes,
                    modality,
                    placeOfService,
                    memberPresent,
                    collateralParticipants,
                    agencyContacts,
                    absenceReason,
                    goals,
                    levelOfCare,
                    transition,
                    groupSession,
                    crisis,
                    noteSignedAt,
                    noteCosigned,
                    voided);
        }
    }

    /** SVC-6: collaterals or other providers and agencies took part; the member may then be absent. */
    public boolean hasParticipants() {
        return !collateralParticipants.isEmpty() || !agencyContacts.isEmpty();
    }

    public boolean hasAbsenceReason() {
        return absenceReason != null && !absenceReason.isBlank();
    }
}
