package org.peerpath.application.county.port.in;

import java.time.LocalDate;
import java.util.List;
import org.peerpath.county.Assumption;
import org.peerpath.shared.County;

/**
 * What the county profile screen shows: opt-ins and rates as timelines seen from {@code today}, every setting, the
 * reference data of who may direct and recommend. {@code version} goes back with every change, so that a change made
 * on a stale screen is refused.
 *
 * @param referenceAssumptions OPEN reference values that are no setting, e.g. the unit basis of a service code (SVC-2)
 */
public record CountyProfileDetails(
        County county,
        long version,
        LocalDate today,
        List<OptInSummary> optIns,
        List<RateSummary> rates,
        List<SettingSummary> settings,
        List<Assumption> referenceAssumptions,
        List<CredentialPermission> credentialPermissions) {

    public CountyProfileDetails {
        optIns = List.copyOf(optIns);
        rates = List.copyOf(rates);
        settings = List.copyOf(settings);
        referenceAssumptions = List.copyOf(referenceAssumptions);
        credentialPermissions = List.copyOf(credentialPermissions);
    }
}
