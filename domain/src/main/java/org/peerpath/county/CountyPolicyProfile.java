package org.peerpath.county;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.peerpath.levelofcare.LevelOfCare;
import org.peerpath.shared.County;
import org.peerpath.shared.DateRange;
import org.peerpath.shared.DeliverySystem;

/**
 * A county's peer support policy (CTY): its dated opt-ins per delivery system, its dated approved-rate table and the
 * settings of the rules catalogue. Every fact a past claim depends on is dated, so the claim check asks "on the date
 * of service" and changing today's value never changes the answer for an earlier date.
 */
public final class CountyPolicyProfile {

    private final County county;
    private final List<OptIn> optIns;
    private final List<ApprovedRate> approvedRates;
    private final CountySettings settings;
    private final long version;

    private CountyPolicyProfile(
            County county,
            List<OptIn> optIns,
            List<ApprovedRate> approvedRates,
            CountySettings settings,
            long version) {
        this.county = Objects.requireNonNull(county, "county");
        this.optIns = List.copyOf(optIns);
        this.approvedRates = List.copyOf(approvedRates);
        this.settings = Objects.requireNonNull(settings, "settings");
        this.version = version;
        requireDmcOrDmcOds(this.optIns);
    }

    /** A new profile with the catalogue's default settings for the county and nothing opted in yet. */
    public static CountyPolicyProfile establish(County county) {
        return new CountyPolicyProfile(county, List.of(), List.of(), CountySettings.defaultsFor(county), 0);
    }

    /** Rebuilds a profile from storage; for persistence adapters only. */
    public static CountyPolicyProfile restore(
            County county,
            List<OptIn> optIns,
            List<ApprovedRate> approvedRates,
            CountySettings settings,
            long version) {
        return new CountyPolicyProfile(county, optIns, approvedRates, settings, version);
    }

    /**
     * CTY-1: the county opts into a delivery system from {@code startsOn} until {@code endsOn} (open when null). DMC and
     * DMC-ODS are never both opted into on the same day.
     */
    public CountyPolicyProfile optIn(DeliverySystem deliverySystem, LocalDate startsOn, @Nullable LocalDate endsOn) {
        OptIn added = new OptIn(deliverySystem, new DateRange(startsOn, endsOn));
        for (OptIn existing : optIns) {
            if (existing.deliverySystem() == deliverySystem && existing.period().overlaps(added.period())) {
                throw new CountyProfileException.OptInOverlap(deliverySystem);
            }
        }
        List<OptIn> updated = new ArrayList<>(optIns);
        updated.add(added);
        return new CountyPolicyProfile(county, updated, approvedRates, settings, version);
    }

    /** CTY-1: an open-ended opt-in from {@code startsOn}. */
    public CountyPolicyProfile optIn(DeliverySystem deliverySystem, LocalDate startsOn) {
        return optIn(deliverySystem, startsOn, null);
    }

    /** CTY-1: the county's open opt-in into a delivery system ends on {@code endsOn}; earlier days stay opted in. */
    public CountyPolicyProfile endOptIn(DeliverySystem deliverySystem, LocalDate endsOn) {
        List<OptIn> updated = new ArrayList<>(optIns);
        OptIn open = optIns.stream()
                .filter(o -> o.deliverySystem() == deliverySystem && o.period().isOpen())
                .findFirst()
                .orElseThrow(() -> new CountyProfileException.NotOptedIn(deliverySystem));
        updated.set(
                updated.indexOf(open), new OptIn(deliverySystem, open.period().endOn(endsOn)));
        return new CountyPolicyProfile(county, updated, approvedRates, settings, version);
    }

    /**
     * CTY-2: approves a rate for a level of care under a delivery system from {@code startsOn} until {@code endsOn}; the
     * county must have opted into that delivery system on the start date.
     */
    public CountyPolicyProfile approveRate(
            LevelOfCare level, DeliverySystem deliverySystem, LocalDate startsOn, @Nullable LocalDate endsOn) {
        if (!isOptedInOn(deliverySystem, startsOn)) {
            throw new CountyProfileException.NotOptedIn(deliverySystem);
        }
        List<ApprovedRate> rates = new ArrayList<>(approvedRates);
        rates.add(new ApprovedRate(level, deliverySystem, new DateRange(startsOn, endsOn)));
        return new CountyPolicyProfile(county, optIns, rates, settings, version);
    }

    /** CTY-2: an open-ended rate from {@code startsOn}. */
    public CountyPolicyProfile approveRate(LevelOfCare level, DeliverySystem deliverySystem, LocalDate startsOn) {
        return approveRate(level, deliverySystem, startsOn, null);
    }

    /**
     * CTY-2: one of the profile's approved rates ends on {@code endsOn}; earlier days keep it. Ending it again moves the
     * end date.
     *
     * @throws IllegalArgumentException when {@code rate} is not one of this profile's rates
     */
    public CountyPolicyProfile endRate(ApprovedRate rate, LocalDate endsOn) {
        int index = approvedRates.indexOf(rate);
        if (index < 0) {
            throw new IllegalArgumentException("not a rate of this profile: " + rate);
        }
        List<ApprovedRate> rates = new ArrayList<>(approvedRates);
        rates.set(
                index,
                new ApprovedRate(
                        rate.level(), rate.deliverySystem(), rate.period().endOn(endsOn)));
        return new CountyPolicyProfile(county, optIns, rates, settings, version);
    }

    /** Replaces the settings; {@link CountySettings} refuses values that loosen a state rule. */
    public CountyPolicyProfile changeSettings(CountySettings newSettings) {
        return new CountyPolicyProfile(county, optIns, approvedRates, newSettings, version);
    }

    /** CTY-1, SVC-7: opted into {@code deliverySystem} on {@code date} (the date of service). */
    public boolean isOptedInOn(DeliverySystem deliverySystem, LocalDate date) {
        return optIns.stream().anyMatch(o -> o.covers(deliverySystem, date));
    }

    /** CTY-2: a rate for {@code level} under {@code deliverySystem} approved on {@code date}. */
    public boolean hasApprovedRateOn(LevelOfCare level, DeliverySystem deliverySystem, LocalDate date) {
        return approvedRates.stream().anyMatch(r -> r.covers(level, deliverySystem, date));
    }

    /** CTY-3: the designation applies to DMC-ODS services where the county turned it on. */
    public boolean requiresDesignationFor(DeliverySystem deliverySystem) {
        return settings.staffing().peerDesignation() && deliverySystem == DeliverySystem.DMC_ODS;
    }

    public County county() {
        return county;
    }

    public List<OptIn> optIns() {
        return optIns;
    }

    public List<ApprovedRate> approvedRates() {
        return approvedRates;
    }

    public CountySettings settings() {
        return settings;
    }

    public long version() {
        return version;
    }

    // CTY-1: "SMHS, and DMC or DMC-ODS": never both on one day
    private static void requireDmcOrDmcOds(List<OptIn> optIns) {
        for (OptIn dmc : optIns) {
            for (OptIn ods : optIns) {
                if (dmc.deliverySystem() == DeliverySystem.DMC
                        && ods.deliverySystem() == DeliverySystem.DMC_ODS
                        && dmc.period().overlaps(ods.period())) {
                    throw new CountyProfileException.DmcAndDmcOds();
                }
            }
        }
    }
}
