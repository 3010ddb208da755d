package org.peerpath.persistence.county;

import java.util.Arrays;
import java.util.List;
import org.mapstruct.BeanMapping;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;
import org.mapstruct.ObjectFactory;
import org.mapstruct.ReportingPolicy;
import org.peerpath.county.ApprovedRate;
import org.peerpath.county.CountyPolicyProfile;
import org.peerpath.county.CountySettings;
import org.peerpath.county.OptIn;
import org.peerpath.county.StaffingRules;
import org.peerpath.persistence.shared.MappingConfig;
import org.peerpath.shared.DateRange;

/**
 * County profile rows to snapshot and back, checked by MapStruct property by property; the aggregate is rebuilt only
 * through {@link CountyPolicyProfile#restore} in {@link #restore(CountyProfileSnapshot)}.
 */
@Mapper(config = MappingConfig.class)
interface CountyProfileJpaMapper {

    @BeanMapping(ignoreUnmappedSourceProperties = "id") // always THE_PROFILE: one row per installation
    CountyProfileSnapshot toSnapshot(CountyProfileJpaEntity entity);

    @Mapping(target = "id", ignore = true) // set by the adapter
    @Mapping(target = "version", ignore = true) // owned by Hibernate's optimistic locking
    @BeanMapping(ignoreUnmappedSourceProperties = "version") // compared by the adapter before the copy
    void copyInto(CountyProfileSnapshot snapshot, @MappingTarget CountyProfileJpaEntity entity);

    CountyProfileSnapshot.OptInRow toRow(OptInEmbeddable optIn);

    OptInEmbeddable toEmbeddable(CountyProfileSnapshot.OptInRow row);

    CountyProfileSnapshot.ApprovedRateRow toRow(ApprovedRateEmbeddable rate);

    ApprovedRateEmbeddable toEmbeddable(CountyProfileSnapshot.ApprovedRateRow row);

    // restore(..) reads every component; the aggregate has no setters, only intention-named changes, which MapStruct
    // would take for fluent setters.
    @BeanMapping(ignoreByDefault = true, unmappedSourcePolicy = ReportingPolicy.IGNORE)
    CountyPolicyProfile toProfile(CountyProfileSnapshot snapshot);

    default CountyPolicyProfile toDomain(CountyProfileJpaEntity entity) {
        return toProfile(toSnapshot(entity));
    }

    @ObjectFactory
    default CountyPolicyProfile restore(CountyProfileSnapshot s) {
        return CountyPolicyProfile.restore(
                s.county(),
                s.optIns().stream()
                        .map(row -> new OptIn(row.deliverySystem(), new DateRange(row.startsOn(), row.endsOn())))
                        .toList(),
                s.approvedRates().stream()
                        .map(row -> new ApprovedRate(
                                row.level(), row.deliverySystem(), new DateRange(row.startsOn(), row.endsOn())))
                        .toList(),
                new CountySettings(
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
                        new StaffingRules(s.peerDesignation(), s.skillsReviews(), s.supervisorAtSameSite())),
                s.version());
    }

    default Integer[] toArray(List<Integer> days) {
        return days.toArray(Integer[]::new);
    }

    default List<Integer> toList(Integer[] days) {
        return Arrays.asList(days);
    }
}
