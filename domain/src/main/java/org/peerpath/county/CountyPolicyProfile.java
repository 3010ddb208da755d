package org.peerpath.county;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.peerpath.levelofcare.LevelOfCare;
import org.peerpath.shared.County;
import org.peerpath.shared.DeliverySystem;

/**
 * A county's peer support policy (CTY): the delivery systems it opted into, its approved-rate table, the settings
 * of the rules catalogue and the requirements it adds (such as San Diego's DMC-ODS designation).
 */
public final class CountyPolicyProfile {

    private final County county;
    private final Set<DeliverySystem> optedIn;
    private final Set<ApprovedRate> approvedRates;
    private final boolean designationRequired;
    private final CountySettings settings;
    private final long version;

    private CountyPolicyProfile(
            County county,
            Set<DeliverySystem> optedIn,
            Set<ApprovedRate> approvedRates,
            boolean designationRequired,
            CountySettings settings,
            long version) {
        this.county = Objects.requireNonNull(county, "county");
        this.optedIn = optedIn.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(optedIn));
        this.approvedRates = Set.copyOf(approvedRates);
        // CTY-3: San Diego's designation is a state-recognised county requirement, never dropped
        this.designationRequired = designationRequired || county == County.SAN_DIEGO;
        this.settings = Objects.requireNonNull(settings, "settings");
        this.version = version;
    }

    /** A new profile with the catalogue's default settings and nothing opted in yet. */
    public static CountyPolicyProfile establish(County county) {
        return new CountyPolicyProfile(county, Set.of(), Set.of(), false, CountySettings.defaults(), 0);
    }

    /** Rebuilds a profile from storage; for persistence adapters only. */
    public static CountyPolicyProfile restore(
            County county,
            Set<DeliverySystem> optedIn,
            Set<ApprovedRate> approvedRates,
            boolean designationRequired,
            CountySettings settings,
            long version) {
        return new CountyPolicyProfile(county, optedIn, approvedRates, designationRequired, settings, version);
    }

    /** CTY-1: the county opts into a delivery system. */
    public CountyPolicyProfile optIn(DeliverySystem deliverySystem) {
        Set<DeliverySystem> updated = new HashSet<>(optedIn);
        updated.add(deliverySystem);
        return new CountyPolicyProfile(county, updated, approvedRates, designationRequired, settings, version);
    }

    /** CTY-1: the county opts out; its rates under that delivery system go with it (CTY-2). */
    public CountyPolicyProfile optOut(DeliverySystem deliverySystem) {
        Set<DeliverySystem> updated = new HashSet<>(optedIn);
        updated.remove(deliverySystem);
        Set<ApprovedRate> rates = new HashSet<>(approvedRates);
        rates.removeIf(rate -> rate.deliverySystem() == deliverySystem);
        return new CountyPolicyProfile(county, updated, rates, designationRequired, settings, version);
    }

    /** CTY-2: adds a level of care with an approved rate under an opted-in delivery system. */
    public CountyPolicyProfile approveRate(LevelOfCare level, DeliverySystem deliverySystem) {
        if (!isOptedIn(deliverySystem)) {
            throw new CountyProfileException.NotOptedIn(
                    county.displayName() + " has not opted into " + deliverySystem.label());
        }
        Set<ApprovedRate> rates = new HashSet<>(approvedRates);
        rates.add(new ApprovedRate(level, deliverySystem));
        return new CountyPolicyProfile(county, optedIn, rates, designationRequired, settings, version);
    }

    /** CTY-3: any county may add the DMC-ODS peer designation requirement. */
    public CountyPolicyProfile requireDesignation() {
        return new CountyPolicyProfile(county, optedIn, approvedRates, true, settings, version);
    }

    /** CTY-3: only counties that added the requirement themselves may drop it; San Diego cannot. */
    public CountyPolicyProfile dropDesignationRequirement() {
        if (county == County.SAN_DIEGO) {
            throw new CountyProfileException.StateRuleCannotBeRemoved(
                    "CTY-3", "San Diego's DMC-ODS peer designation cannot be switched off");
        }
        return new CountyPolicyProfile(county, optedIn, approvedRates, false, settings, version);
    }

    /** Replaces the settings; {@link CountySettings} refuses values that loosen a state rule. */
    public CountyPolicyProfile changeSettings(CountySettings newSettings) {
        return new CountyPolicyProfile(county, optedIn, approvedRates, designationRequired, newSettings, version);
    }

    public boolean isOptedIn(DeliverySystem deliverySystem) {
        return optedIn.contains(deliverySystem);
    }

    public boolean hasApprovedRate(LevelOfCare level, DeliverySystem deliverySystem) {
        return approvedRates.contains(new ApprovedRate(level, deliverySystem));
    }

    /** CTY-3: the designation applies to DMC-ODS services. */
    public boolean requiresDesignationFor(DeliverySystem deliverySystem) {
        return designationRequired && deliverySystem == DeliverySystem.DMC_ODS;
    }

    /** CTY-4, CTY-5: San Diego's staffing rules. */
    public boolean followsSanDiegoStaffingRules() {
        return county == County.SAN_DIEGO;
    }

    public County county() {
        return county;
    }

    public Set<DeliverySystem> optedIn() {
        return optedIn;
    }

    public Set<ApprovedRate> approvedRates() {
        return approvedRates;
    }

    public boolean designationRequired() {
        return designationRequired;
    }

    public CountySettings settings() {
        return settings;
    }

    public long version() {
        return version;
    }
}
