package org.peerpath.member;

import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.peerpath.shared.County;
import org.peerpath.shared.DeliverySystem;
import org.peerpath.shared.InvalidValueException;
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
    private final Set<DeliverySystem> deliverySystems;
    private final Language preferredLanguage;
    private final @Nullable StaffId primaryPeer;
    private final long version;

    private Member(
            MemberId id,
            PersonName name,
            LocalDate dateOfBirth,
            Cin cin,
            County county,
            Set<DeliverySystem> deliverySystems,
            Language preferredLanguage,
            @Nullable StaffId primaryPeer,
            long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.name = Objects.requireNonNull(name, "name");
        this.dateOfBirth = Objects.requireNonNull(dateOfBirth, "dateOfBirth");
        this.cin = Objects.requireNonNull(cin, "cin");
        this.county = Objects.requireNonNull(county, "county");
        this.deliverySystems = Set.copyOf(deliverySystems);
        this.preferredLanguage = Objects.requireNonNull(preferredLanguage, "preferredLanguage");
        this.primaryPeer = primaryPeer;
        this.version = version;
    }

    /**
     * Enrolls a new member (MEM-1). The date of birth must lie in the past and at most 120 years back; at least one
     * delivery system is required.
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
                requireDeliverySystems(deliverySystems),
                preferredLanguage,
                null,
                0);
    }

    /** Rebuilds a member from storage; for persistence adapters only. */
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
        return new Member(id, name, dateOfBirth, cin, county, deliverySystems, preferredLanguage, primaryPeer, version);
    }

    /** Makes {@code peer} the member's primary peer (MEM-3); the previous one, if any, is replaced. */
    public Member assignPrimaryPeer(StaffId peer) {
        return new Member(
                id,
                name,
                dateOfBirth,
                cin,
                county,
                deliverySystems,
                preferredLanguage,
                Objects.requireNonNull(peer),
                version);
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

    /** SVC-7: a service may only be delivered under a delivery system the member is enrolled in. */
    public boolean isEnrolledIn(DeliverySystem deliverySystem) {
        return deliverySystems.contains(deliverySystem);
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

    public Set<DeliverySystem> deliverySystems() {
        return deliverySystems;
    }

    public Language preferredLanguage() {
        return preferredLanguage;
    }

    public Optional<StaffId> primaryPeer() {
        return Optional.ofNullable(primaryPeer);
    }

    /** Optimistic-lock version of the stored row; 0 for a member not yet saved. */
    public long version() {
        return version;
    }

    private static LocalDate validDateOfBirth(@Nullable LocalDate dateOfBirth, LocalDate today) {
        if (dateOfBirth == null) {
            throw new InvalidValueException("dateOfBirth", "Date of birth is required");
        }
        if (dateOfBirth.isAfter(today)) {
            throw new InvalidValueException("dateOfBirth", "Date of birth cannot be in the future");
        }
        if (dateOfBirth.isBefore(today.minusYears(120))) {
            throw new InvalidValueException("dateOfBirth", "Date of birth is more than 120 years ago: check the year");
        }
        return dateOfBirth;
    }

    private static County requireCounty(@Nullable County county) {
        if (county == null) {
            throw new InvalidValueException("county", "County is required");
        }
        return county;
    }

    private static Set<DeliverySystem> requireDeliverySystems(Set<DeliverySystem> deliverySystems) {
        if (deliverySystems == null || deliverySystems.isEmpty()) {
            throw new InvalidValueException("deliverySystems", "Choose at least one delivery system");
        }
        return EnumSet.copyOf(deliverySystems);
    }
}
