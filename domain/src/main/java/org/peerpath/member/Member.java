package org.peerpath.member;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.peerpath.shared.County;
import org.peerpath.shared.DateRange;
import org.peerpath.shared.DeliverySystem;
import org.peerpath.shared.Field;
import org.peerpath.shared.InvalidValueException;
import org.peerpath.shared.Message;
import org.peerpath.shared.StaffId;

/** A Medi-Cal member enrolled in the county's peer support program (MEM-1). */
public final class Member {

    /** Under this age on the date of service a member is covered by EPSDT (MEM-2). */
    public static final int EPSDT_AGE_LIMIT = 21;

    private final MemberId id;
    private final PersonName name;
    private final LocalDate dateOfBirth;
    private final Cin cin;
    private final County county;
    private final List<Enrollment> enrollments;
    private final Language preferredLanguage;
    private final @Nullable StaffId primaryPeer;
    private final MemberContact contact;
    private final @Nullable Discharge discharge;
    private final long version;

    private Member(
            MemberId id,
            PersonName name,
            LocalDate dateOfBirth,
            Cin cin,
            County county,
            List<Enrollment> enrollments,
            Language preferredLanguage,
            @Nullable StaffId primaryPeer,
            MemberContact contact,
            @Nullable Discharge discharge,
            long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.name = Objects.requireNonNull(name, "name");
        this.dateOfBirth = Objects.requireNonNull(dateOfBirth, "dateOfBirth");
        this.cin = Objects.requireNonNull(cin, "cin");
        this.county = Objects.requireNonNull(county, "county");
        this.enrollments = List.copyOf(enrollments);
        this.preferredLanguage = Objects.requireNonNull(preferredLanguage, "preferredLanguage");
        this.primaryPeer = primaryPeer;
        this.contact = Objects.requireNonNull(contact, "contact");
        this.discharge = discharge;
        this.version = version;
    }

    /**
     * Enrolls a new member (MEM-1). The date of birth must lie in the past and at most 120 years back; at least one
     * delivery system is required, each enrollment starting {@code today} (SVC-7).
     */
    public static Member enroll(
            PersonName name,
            @Nullable LocalDate dateOfBirth,
            Cin cin,
            @Nullable County county,
            Set<DeliverySystem> deliverySystems,
            Language preferredLanguage,
            LocalDate today) {
        return new Member(
                MemberId.newId(),
                name,
                validDateOfBirth(dateOfBirth, today),
                cin,
                requireCounty(county),
                requireDeliverySystems(deliverySystems).stream()
                        .map(system -> new Enrollment(system, DateRange.from(today)))
                        .toList(),
                preferredLanguage,
                null,
                MemberContact.NONE,
                null,
                0);
    }

    /** Rebuilds a member from storage with dated enrollments (SVC-7); for persistence adapters only. */
    public static Member restore(
            MemberId id,
            PersonName name,
            LocalDate dateOfBirth,
            Cin cin,
            County county,
            List<Enrollment> enrollments,
            Language preferredLanguage,
            @Nullable StaffId primaryPeer,
            long version) {
        return restore(
                id,
                name,
                dateOfBirth,
                cin,
                county,
                enrollments,
                preferredLanguage,
                primaryPeer,
                MemberContact.NONE,
                null,
                version);
    }

    /** Rebuilds a member from storage with contact details and discharge (MEM-1); for persistence adapters only. */
    public static Member restore(
            MemberId id,
            PersonName name,
            LocalDate dateOfBirth,
            Cin cin,
            County county,
            List<Enrollment> enrollments,
            Language preferredLanguage,
            @Nullable StaffId primaryPeer,
            MemberContact contact,
            @Nullable Discharge discharge,
            long version) {
        return new Member(
                id,
                name,
                dateOfBirth,
                cin,
                county,
                enrollments,
                preferredLanguage,
                primaryPeer,
                contact,
                discharge,
                version);
    }

    /**
     * Rebuilds a member whose enrollments were stored without dates; each then counts from the date of birth and stays
     * open. For persistence adapters that do not keep enrollment dates yet.
     */
    public static Member restore(
            MemberId id,
            PersonName name,
            LocalDate dateOfBirth,
            Cin cin,
            County county,
            Set<DeliverySystem> deliverySystems,
            Language preferredLanguage,
            @Nullable StaffId primaryPeer,
            long version) {
        List<Enrollment> enrollments = deliverySystems.stream()
                .sorted()
                .map(system -> new Enrollment(system, DateRange.from(dateOfBirth)))
                .toList();
        return restore(id, name, dateOfBirth, cin, county, enrollments, preferredLanguage, primaryPeer, version);
    }

    /** SVC-7: enrolls the member in a delivery system from {@code startsOn}; one enrollment per system at a time. */
    public Member enrollIn(DeliverySystem deliverySystem, LocalDate startsOn) {
        Enrollment added = new Enrollment(deliverySystem, DateRange.from(startsOn));
        if (enrollments.stream()
                .anyMatch(
                        e -> e.deliverySystem() == deliverySystem && e.period().overlaps(added.period()))) {
            throw new InvalidValueException(
                    Field.DELIVERY_SYSTEMS, Message.DELIVERY_SYSTEMS_MEMBER_ALREADY_ENROLLED_DAY);
        }
        List<Enrollment> updated = new ArrayList<>(enrollments);
        updated.add(added);
        return with(updated, primaryPeer, discharge);
    }

    /** SVC-7: the open enrollment in {@code deliverySystem} ends on {@code endsOn}; earlier days stay enrolled. */
    public Member endEnrollment(DeliverySystem deliverySystem, LocalDate endsOn) {
        Enrollment open = enrollments.stream()
                .filter(e -> e.deliverySystem() == deliverySystem && e.period().isOpen())
                .findFirst()
                .orElseThrow(() ->
                        new InvalidValueException(Field.DELIVERY_SYSTEMS, Message.DELIVERY_SYSTEMS_MEMBER_HAS_NO_OPEN));
        List<Enrollment> updated = new ArrayList<>(enrollments);
        updated.set(
                updated.indexOf(open),
                new Enrollment(deliverySystem, open.period().endOn(endsOn)));
        return with(updated, primaryPeer, discharge);
    }

    /** The same member with other enrollments, primary peer or discharge; the facts of enrollment stay. */
    private Member with(List<Enrollment> enrolledIn, @Nullable StaffId peer, @Nullable Discharge left) {
        return new Member(
                id, name, dateOfBirth, cin, county, enrolledIn, preferredLanguage, peer, contact, left, version);
    }

    /** Makes {@code peer} the member's primary peer (MEM-3); the previous one, if any, is replaced. */
    public Member assignPrimaryPeer(StaffId peer) {
        return with(enrollments, Objects.requireNonNull(peer), discharge);
    }

    /**
     * MEM-1: front desk corrects the facts of enrollment and the contact details; the date of birth is checked as at
     * enrollment. Dated enrollments, the primary peer and a discharge stay as they are.
     */
    public Member correct(
            PersonName name,
            @Nullable LocalDate dateOfBirth,
            Cin cin,
            @Nullable County county,
            Language preferredLanguage,
            MemberContact contact,
            LocalDate today) {
        return new Member(
                id,
                name,
                validDateOfBirth(dateOfBirth, today),
                cin,
                requireCounty(county),
                enrollments,
                preferredLanguage,
                primaryPeer,
                contact,
                discharge,
                version);
    }

    /**
     * The member leaves the program on {@code on} (not after today, not before their first enrollment), for a reason
     * in words; every record stays. A discharged member is on no caseload (MEM-3).
     */
    public Member discharge(@Nullable LocalDate on, @Nullable String reason, LocalDate today) {
        if (discharge != null) {
            throw MemberChangeRefusedException.alreadyDischarged();
        }
        if (on == null) {
            throw MemberChangeRefusedException.dischargeDateRequired();
        }
        if (on.isAfter(today)) {
            throw MemberChangeRefusedException.dischargeInTheFuture();
        }
        if (enrollments.stream().allMatch(e -> on.isBefore(e.period().startsOn()))) {
            throw MemberChangeRefusedException.dischargeBeforeFirstEnrollment();
        }
        if (reason == null || reason.isBlank()) {
            throw MemberChangeRefusedException.reasonRequired();
        }
        if (reason.strip().length() > Discharge.REASON_MAX_LENGTH) {
            throw MemberChangeRefusedException.reasonTooLong();
        }
        return with(enrollments, primaryPeer, new Discharge(on, reason.strip()));
    }

    /** A discharged member comes back: on caseloads again; the earlier discharge stays in the audit trail. */
    public Member readmit() {
        if (discharge == null) {
            throw MemberChangeRefusedException.notDischarged();
        }
        return with(enrollments, primaryPeer, null);
    }

    /** Whole years of age on {@code date}. */
    public int ageOn(LocalDate date) {
        return ageOn(dateOfBirth, date);
    }

    /** MEM-2: under 21 on the date of service; such members are never refused services for age. */
    public boolean isEpsdtOn(LocalDate date) {
        return isEpsdt(ageOn(date));
    }

    /** Whole years between a date of birth and {@code date}; for read models that hold no aggregate. */
    public static int ageOn(LocalDate dateOfBirth, LocalDate date) {
        return Period.between(dateOfBirth, date).getYears();
    }

    /** MEM-2: EPSDT covers members under 21. */
    public static boolean isEpsdt(int age) {
        return age < EPSDT_AGE_LIMIT;
    }

    /** SVC-7: a service may only be delivered under a delivery system the member was enrolled in on its date. */
    public boolean isEnrolledInOn(DeliverySystem deliverySystem, LocalDate date) {
        return enrollments.stream().anyMatch(e -> e.covers(deliverySystem, date));
    }

    public boolean hasPrimaryPeer(StaffId peer) {
        return peer.equals(primaryPeer);
    }

    public MemberId id() {
        return id;
    }

    public PersonName name() {
        return name;
    }

    public LocalDate dateOfBirth() {
        return dateOfBirth;
    }

    public Cin cin() {
        return cin;
    }

    public County county() {
        return county;
    }

    /** The delivery systems of the enrollments that have not ended. */
    public Set<DeliverySystem> deliverySystems() {
        Set<DeliverySystem> open = EnumSet.noneOf(DeliverySystem.class);
        enrollments.stream().filter(e -> e.period().isOpen()).forEach(e -> open.add(e.deliverySystem()));
        return Set.copyOf(open);
    }

    /** SVC-7: every enrollment, ended ones included. */
    public List<Enrollment> enrollments() {
        return enrollments;
    }

    public Language preferredLanguage() {
        return preferredLanguage;
    }

    public Optional<StaffId> primaryPeer() {
        return Optional.ofNullable(primaryPeer);
    }

    public MemberContact contact() {
        return contact;
    }

    public Optional<Discharge> discharge() {
        return Optional.ofNullable(discharge);
    }

    /** Optimistic-lock version of the stored row; 0 for a member not yet saved. */
    public long version() {
        return version;
    }

    private static LocalDate validDateOfBirth(@Nullable LocalDate dateOfBirth, LocalDate today) {
        if (dateOfBirth == null) {
            throw new InvalidValueException(Field.DATE_OF_BIRTH, Message.DATE_OF_BIRTH_DATE_BIRTH_REQUIRED);
        }
        if (dateOfBirth.isAfter(today)) {
            throw new InvalidValueException(Field.DATE_OF_BIRTH, Message.DATE_OF_BIRTH_DATE_BIRTH_CANNOT_FUTURE);
        }
        if (dateOfBirth.isBefore(today.minusYears(120))) {
            throw new InvalidValueException(Field.DATE_OF_BIRTH, Message.DATE_OF_BIRTH_DATE_BIRTH_MORE_THAN);
        }
        return dateOfBirth;
    }

    private static County requireCounty(@Nullable County county) {
        if (county == null) {
            throw new InvalidValueException(Field.COUNTY, Message.COUNTY_COUNTY_REQUIRED);
        }
        return county;
    }

    private static Set<DeliverySystem> requireDeliverySystems(Set<DeliverySystem> deliverySystems) {
        if (deliverySystems == null || deliverySystems.isEmpty()) {
            throw new InvalidValueException(Field.DELIVERY_SYSTEMS, Message.DELIVERY_SYSTEMS_CHOOSE_LEAST_ONE_DELIVERY);
        }
        return EnumSet.copyOf(deliverySystems);
    }
}
