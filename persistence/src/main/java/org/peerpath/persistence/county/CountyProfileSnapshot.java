package org.peerpath.persistence.county;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.peerpath.county.CountyPolicyProfile;
import org.peerpath.county.CountySettings;
import org.peerpath.levelofcare.LevelOfCare;
import org.peerpath.screening.ScreeningCadence;
import org.peerpath.service.CoFacilitatorClaiming;
import org.peerpath.service.GroupApportionment;
import org.peerpath.service.MinuteCounting;
import org.peerpath.shared.County;
import org.peerpath.shared.DeliverySystem;

/**
 * The county profile's stored state in plain values, one component per column, so that MapStruct checks the rows
 * against it property by property in both directions. The aggregate is read here and rebuilt only by
 * {@link CountyProfileJpaMapper#restore}.
 */
record CountyProfileSnapshot(
        County county,
        List<OptInRow> optIns,
        List<ApprovedRateRow> approvedRates,
        int renewalWindowDays,
        List<Integer> alertDays,
        int supervisorTrainingGraceDays,
        int supervisorTrainingAlertDay,
        MinuteCounting minuteCounting,
        int noteDueBusinessDays,
        int crisisNoteDueHours,
        boolean supervisorCosignsNotes,
        boolean coSignByOwnSupervisor,
        boolean measurableGoals,
        GroupApportionment groupApportionment,
        CoFacilitatorClaiming coFacilitatorClaiming,
        int groupSizeMin,
        int groupSizeMax,
        ScreeningCadence screeningCadence,
        boolean peerDesignation,
        boolean skillsReviews,
        boolean supervisorAtSameSite,
        long version) {

    record OptInRow(
            DeliverySystem deliverySystem,
            LocalDate startsOn,
            @Nullable LocalDate endsOn) {}

    record ApprovedRateRow(
            DeliverySystem deliverySystem,
            LevelOfCare level,
            LocalDate startsOn,
            @Nullable LocalDate endsOn) {}

    static CountyProfileSnapshot of(CountyPolicyProfile profile) {
        CountySettings s = profile.settings();
        return new CountyProfileSnapshot(
                profile.county(),
                profile.optIns().stream()
                        .map(o -> new OptInRow(
                                o.deliverySystem(),
                                o.period().startsOn(),
                                o.period().endsOn()))
                        .toList(),
                profile.approvedRates().stream()
                        .map(r -> new ApprovedRateRow(
                                r.deliverySystem(),
                                r.level(),
                                r.period().startsOn(),
                                r.period().endsOn()))
                        .toList(),
                s.renewalWindowDays(),
                s.alertDays(),
                s.supervisorTrainingGraceDays(),
                s.supervisorTrainingAlertDay(),
                s.minuteCounting(),
                s.noteDueBusinessDays(),
                s.crisisNoteDueHours(),
                s.supervisorCosignsNotes(),
                s.coSignByOwnSupervisor(),
                s.measurableGoals(),
                s.groupApportionment(),
                s.coFacilitatorClaiming(),
                s.groupSizeMin(),
                s.groupSizeMax(),
                s.screeningCadence(),
                s.staffing().peerDesignation(),
                s.staffing().skillsReviews(),
                s.staffing().supervisorAtSameSite(),
                profile.version());
    }
}
