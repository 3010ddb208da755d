package org.peerpath.application.claim.port.in;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.peerpath.collateral.CollateralId;
import org.peerpath.goal.GoalId;
import org.peerpath.levelofcare.LevelOfCare;
import org.peerpath.levelofcare.Transition;
import org.peerpath.member.MemberId;
import org.peerpath.service.AgencyContact;
import org.peerpath.service.Modality;
import org.peerpath.service.PlaceOfService;
import org.peerpath.service.ServiceCode;
import org.peerpath.service.ServiceComponent;
import org.peerpath.service.ServiceDraft;
import org.peerpath.service.ServiceMinutes;
import org.peerpath.shared.DeliverySystem;
import org.peerpath.shared.DomainException;
import org.peerpath.shared.FieldProblem;
import org.peerpath.shared.StaffId;

/**
 * An individual peer service as the peer fills it in (SVC-1..7), anything still missing. {@link #toDraft} turns it into
 * what the claim check reads, leniently: a missing or impossible part becomes a finding, never an error, so the check
 * runs live while the peer types. {@link #requireValid} is the strict test of saving.
 *
 * @param startsAt with {@code endsAt}, the contact time; otherwise {@code contactMinutes} is used
 * @param placeOfService where an in-person service took place (SVC-4); telehealth takes 10 or 02 from {@code
 *     memberAtHome}
 * @param level the level of care; null takes it from the episode open on the date of service (LOC-2)
 * @param agencyContacted another provider or agency contacted on the member's behalf (SVC-6), if any
 * @param agencyPurpose why {@code agencyContacted} was contacted (SVC-6); care coordination when not given
 * @param collaterals SVC-6, COL-2: the member's collaterals who took part
 * @param moreAgencies SVC-6: further providers or agencies contacted, beyond {@code agencyContacted}
 * @param goals GOAL-3: goals of the plan in force that the service addressed
 * @param transition LOC-3: the move between levels of care an engagement service supports, if any
 */
public record ServiceInput(
        MemberId member,
        @Nullable LocalDate dateOfService,
        @Nullable LocalTime startsAt,
        @Nullable LocalTime endsAt,
        @Nullable Integer contactMinutes,
        @Nullable Integer travelMinutes,
        @Nullable Integer documentationMinutes,
        Set<ServiceComponent> components,
        @Nullable Modality modality,
        @Nullable PlaceOfService placeOfService,
        boolean memberAtHome,
        boolean memberPresent,
        @Nullable String absenceReason,
        @Nullable String agencyContacted,
        @Nullable DeliverySystem deliverySystem,
        @Nullable LevelOfCare level,
        boolean crisis,
        AgencyContact.@Nullable Purpose agencyPurpose,
        List<CollateralId> collaterals,
        List<AgencyContact> moreAgencies,
        List<GoalId> goals,
        @Nullable Transition transition) {

    public ServiceInput {
        Objects.requireNonNull(member, "member");
        components = Set.copyOf(components);
        collaterals = List.copyOf(collaterals);
        moreAgencies = List.copyOf(moreAgencies);
        goals = List.copyOf(goals);
    }

    /** A service for {@code member} with nothing filled in yet: member present, no parts, no people, no goals. */
    public static Builder forMember(MemberId member) {
        return new Builder(member);
    }

    /** This input with some parts changed. */
    public Builder toBuilder() {
        Builder b = new Builder(member);
        b.dateOfService = dateOfService;
        b.startsAt = startsAt;
        b.endsAt = endsAt;
        b.contactMinutes = contactMinutes;
        b.travelMinutes = travelMinutes;
        b.documentationMinutes = documentationMinutes;
        b.components = components;
        b.modality = modality;
        b.placeOfService = placeOfService;
        b.memberAtHome = memberAtHome;
        b.memberPresent = memberPresent;
        b.absenceReason = absenceReason;
        b.agencyContacted = agencyContacted;
        b.deliverySystem = deliverySystem;
        b.level = level;
        b.crisis = crisis;
        b.agencyPurpose = agencyPurpose;
        b.collaterals = collaterals;
        b.moreAgencies = moreAgencies;
        b.goals = goals;
        b.transition = transition;
        return b;
    }

    /** SVC-6: every provider or agency contacted on the member's behalf, as far as typed. */
    public List<AgencyContact> agencies() {
        List<AgencyContact> all = new java.util.ArrayList<>();
        if (agencyContacted != null && !agencyContacted.isBlank() && agencyContacted.length() <= 200) {
            all.add(new AgencyContact(
                    agencyContacted.strip(),
                    agencyPurpose == null ? AgencyContact.Purpose.CARE_COORDINATION : agencyPurpose));
        }
        all.addAll(moreAgencies);
        return List.copyOf(all);
    }

    /** The contact minutes: from start to end when both are given, else as typed; null when unknown or impossible. */
    public @Nullable Integer contact() {
        if (startsAt != null && endsAt != null) {
            return endsAt.isBefore(startsAt)
                    ? null
                    : (int) Duration.between(startsAt, endsAt).toMinutes();
        }
        return contactMinutes;
    }

    /** SVC-4: the place of service the claim carries; telehealth at 10 when the member was at home, else 02. */
    public @Nullable PlaceOfService effectivePlace() {
        if (modality == null || !modality.isTelehealth()) {
            return placeOfService;
        }
        return memberAtHome ? PlaceOfService.TELEHEALTH_IN_HOME : PlaceOfService.TELEHEALTH_OTHER_THAN_HOME;
    }

    /** The minutes, or null while they are missing or out of range (SVC-3). */
    public @Nullable ServiceMinutes minutes() {
        Integer contact = contact();
        if (contact == null) {
            return null;
        }
        int travel = travelMinutes == null ? 0 : travelMinutes;
        int documentation = documentationMinutes == null ? 0 : documentationMinutes;
        if (outOfRange(contact) || outOfRange(travel) || outOfRange(documentation)) {
            return null;
        }
        return new ServiceMinutes(contact, travel, documentation);
    }

    /** The service as the claim check reads it, rendered by {@code peer}; an individual service (H0038). */
    public ServiceDraft toDraft(StaffId peer) {
        ServiceDraft.Builder draft = ServiceDraft.start(member, peer)
                .code(ServiceCode.H0038)
                .on(dateOfService)
                .endedAt(endsAt)
                .under(deliverySystem)
                .components(components)
                .minutes(minutes())
                .delivered(modality, effectivePlace())
                .level(level)
                .crisis(crisis)
                .agencyContacts(agencies())
                .collaterals(collaterals)
                .goals(goals)
                .transition(transition);
        if (!memberPresent) {
            draft.memberAbsent(absenceReason);
        }
        return draft.build();
    }

    /**
     * What saving refuses at its field: a date of service after {@code today}, an end before the start, more than 24
     * hours of minutes (SVC-3). Everything else may be missing: the check names it, and the service is saved with it.
     */
    public void requireValid(LocalDate today) {
        if (dateOfService != null && dateOfService.isAfter(today)) {
            throw new Invalid("services.invalid.future-date", "dateOfService");
        }
        if (startsAt != null && endsAt != null && endsAt.isBefore(startsAt)) {
            throw new Invalid("services.invalid.end-before-start", "endsAt");
        }
        if (contactMinutes != null && startsAt == null && outOfRange(contactMinutes)) {
            throw new Invalid("services.invalid.minutes-range", "contactMinutes");
        }
        if (travelMinutes != null && outOfRange(travelMinutes)) {
            throw new Invalid("services.invalid.minutes-range", "travelMinutes");
        }
        if (documentationMinutes != null && outOfRange(documentationMinutes)) {
            throw new Invalid("services.invalid.minutes-range", "documentationMinutes");
        }
        Integer contact = contact();
        int total = (contact == null ? 0 : contact)
                + (travelMinutes == null ? 0 : travelMinutes)
                + (documentationMinutes == null ? 0 : documentationMinutes);
        if (total > ServiceMinutes.MAX_MINUTES) {
            throw new Invalid("services.invalid.more-than-a-day", startsAt != null ? "endsAt" : "contactMinutes");
        }
        if (agencyContacted != null && agencyContacted.length() > 200) {
            throw new Invalid("services.invalid.too-long", "agencyContacted");
        }
    }

    private static boolean outOfRange(int minutes) {
        return minutes < 0 || minutes > ServiceMinutes.MAX_MINUTES;
    }

    /** Bad input named at its field; the code is a key of the services bundle. */
    public static final class Invalid extends DomainException implements FieldProblem {

        private final String field;

        public Invalid(String code, String field) {
            super(code, Map.of());
            this.field = field;
        }

        @Override
        public String field() {
            return field;
        }
    }

    /** Fills a service input part by part, as the form or a test names them, instead of 22 positional arguments. */
    public static final class Builder {
        private final MemberId member;
        private @Nullable LocalDate dateOfService;
        private @Nullable LocalTime startsAt;
        private @Nullable LocalTime endsAt;
        private @Nullable Integer contactMinutes;
        private @Nullable Integer travelMinutes;
        private @Nullable Integer documentationMinutes;
        private Set<ServiceComponent> components = Set.of();
        private @Nullable Modality modality;
        private @Nullable PlaceOfService placeOfService;
        private boolean memberAtHome;
        private boolean memberPresent = true;
        private @Nullable String absenceReason;
        private @Nullable String agencyContacted;
        private @Nullable DeliverySystem deliverySystem;
        private @Nullable LevelOfCare level;
        private boolean crisis;
        private AgencyContact.@Nullable Purpose agencyPurpose;
        private List<CollateralId> collaterals = List.of();
        private List<AgencyContact> moreAgencies = List.of();
        private List<GoalId> goals = List.of();
        private @Nullable Transition transition;

        private Builder(MemberId member) {
            this.member = Objects.requireNonNull(member, "member");
        }

        public Builder on(@Nullable LocalDate date) {
            this.dateOfService = date;
            return this;
        }

        /** The contact time from start to end; takes the place of the contact minutes when both are given. */
        public Builder between(@Nullable LocalTime start, @Nullable LocalTime end) {
            this.startsAt = start;
            this.endsAt = end;
            return this;
        }

        public Builder contactMinutes(@Nullable Integer minutes) {
            this.contactMinutes = minutes;
            return this;
        }

        public Builder travelMinutes(@Nullable Integer minutes) {
            this.travelMinutes = minutes;
            return this;
        }

        public Builder documentationMinutes(@Nullable Integer minutes) {
            this.documentationMinutes = minutes;
            return this;
        }

        public Builder components(Set<ServiceComponent> parts) {
            this.components = parts;
            return this;
        }

        public Builder components(ServiceComponent... parts) {
            return components(Set.of(parts));
        }

        /** SVC-4: how it was delivered and, in person, where. */
        public Builder delivered(@Nullable Modality how, @Nullable PlaceOfService where) {
            this.modality = how;
            this.placeOfService = where;
            return this;
        }

        /** SVC-4: by telehealth, whether the member was at home (10) or elsewhere (02). */
        public Builder memberAtHome(boolean atHome) {
            this.memberAtHome = atHome;
            return this;
        }

        /** SVC-6: whether the member took part, and why not when they did not. */
        public Builder memberPresent(boolean present, @Nullable String reasonAbsent) {
            this.memberPresent = present;
            this.absenceReason = reasonAbsent;
            return this;
        }

        /** SVC-6: the provider or agency contacted on the member's behalf, and why. */
        public Builder agencyContacted(@Nullable String agency, AgencyContact.@Nullable Purpose purpose) {
            this.agencyContacted = agency;
            this.agencyPurpose = purpose;
            return this;
        }

        public Builder under(@Nullable DeliverySystem system) {
            this.deliverySystem = system;
            return this;
        }

        public Builder level(@Nullable LevelOfCare levelOfCare) {
            this.level = levelOfCare;
            return this;
        }

        public Builder crisis(boolean isCrisis) {
            this.crisis = isCrisis;
            return this;
        }

        public Builder collaterals(List<CollateralId> people) {
            this.collaterals = people;
            return this;
        }

        public Builder moreAgencies(List<AgencyContact> agencies) {
            this.moreAgencies = agencies;
            return this;
        }

        public Builder goals(List<GoalId> addressed) {
            this.goals = addressed;
            return this;
        }

        public Builder transition(@Nullable Transition move) {
            this.transition = move;
            return this;
        }

        public ServiceInput build() {
            return new ServiceInput(
                    member,
                    dateOfService,
                    startsAt,
                    endsAt,
                    contactMinutes,
                    travelMinutes,
                    documentationMinutes,
                    components,
                    modality,
                    placeOfService,
                    memberAtHome,
                    memberPresent,
                    absenceReason,
                    agencyContacted,
                    deliverySystem,
                    level,
                    crisis,
                    agencyPurpose,
                    collaterals,
                    moreAgencies,
                    goals,
                    transition);
        }
    }
}
