package org.peerpath.persistence.county;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.peerpath.screening.ScreeningCadence;
import org.peerpath.service.CoFacilitatorClaiming;
import org.peerpath.service.GroupApportionment;
import org.peerpath.service.MinuteCounting;
import org.peerpath.shared.County;

/** The one county profile row of the installation; its opt-ins and rates are rows of their own tables. */
@Entity
@Table(name = "county_profile")
public class CountyProfileJpaEntity {

    /** Always true: the table holds one row (constraint county_profile_one_per_installation). */
    public static final Boolean THE_PROFILE = Boolean.TRUE;

    @Id
    private Boolean id = THE_PROFILE;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private County county;

    @Column(name = "renewal_window_days", nullable = false)
    private Integer renewalWindowDays;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "alert_days", nullable = false, columnDefinition = "integer[]")
    private Integer[] alertDays;

    @Column(name = "supervisor_training_grace_days", nullable = false)
    private Integer supervisorTrainingGraceDays;

    @Column(name = "supervisor_training_alert_day", nullable = false)
    private Integer supervisorTrainingAlertDay;

    @Enumerated(EnumType.STRING)
    @Column(name = "minute_counting", nullable = false, length = 40)
    private MinuteCounting minuteCounting;

    @Column(name = "note_due_business_days", nullable = false)
    private Integer noteDueBusinessDays;

    @Column(name = "crisis_note_due_hours", nullable = false)
    private Integer crisisNoteDueHours;

    @Column(name = "supervisor_cosigns_notes", nullable = false)
    private Boolean supervisorCosignsNotes;

    @Column(name = "co_sign_by_own_supervisor", nullable = false)
    private Boolean coSignByOwnSupervisor;

    @Column(name = "measurable_goals", nullable = false)
    private Boolean measurableGoals;

    @Enumerated(EnumType.STRING)
    @Column(name = "group_apportionment", nullable = false, length = 30)
    private GroupApportionment groupApportionment;

    @Enumerated(EnumType.STRING)
    @Column(name = "co_facilitator_claiming", nullable = false, length = 30)
    private CoFacilitatorClaiming coFacilitatorClaiming;

    @Column(name = "group_size_min", nullable = false)
    private Integer groupSizeMin;

    @Column(name = "group_size_max", nullable = false)
    private Integer groupSizeMax;

    @Enumerated(EnumType.STRING)
    @Column(name = "screening_cadence", nullable = false, length = 20)
    private ScreeningCadence screeningCadence;

    @Column(name = "peer_designation", nullable = false)
    private Boolean peerDesignation;

    @Column(name = "skills_reviews", nullable = false)
    private Boolean skillsReviews;

    @Column(name = "supervisor_at_same_site", nullable = false)
    private Boolean supervisorAtSameSite;

    @ElementCollection
    @CollectionTable(name = "county_opt_in", joinColumns = @JoinColumn(name = "profile_id"))
    private List<OptInEmbeddable> optIns = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "county_approved_rate", joinColumns = @JoinColumn(name = "profile_id"))
    private List<ApprovedRateEmbeddable> approvedRates = new ArrayList<>();

    @Version
    private long version;

    public Boolean getId() {
        return id;
    }

    public void setId(Boolean id) {
        this.id = id;
    }

    public County getCounty() {
        return county;
    }

    public void setCounty(County county) {
        this.county = county;
    }

    public Integer getRenewalWindowDays() {
        return renewalWindowDays;
    }

    public void setRenewalWindowDays(Integer renewalWindowDays) {
        this.renewalWindowDays = renewalWindowDays;
    }

    public Integer[] getAlertDays() {
        return alertDays;
    }

    public void setAlertDays(Integer[] alertDays) {
        this.alertDays = alertDays;
    }

    public Integer getSupervisorTrainingGraceDays() {
        return supervisorTrainingGraceDays;
    }

    public void setSupervisorTrainingGraceDays(Integer supervisorTrainingGraceDays) {
        this.supervisorTrainingGraceDays = supervisorTrainingGraceDays;
    }

    public Integer getSupervisorTrainingAlertDay() {
        return supervisorTrainingAlertDay;
    }

    public void setSupervisorTrainingAlertDay(Integer supervisorTrainingAlertDay) {
        this.supervisorTrainingAlertDay = supervisorTrainingAlertDay;
    }

    public MinuteCounting getMinuteCounting() {
        return minuteCounting;
    }

    public void setMinuteCounting(MinuteCounting minuteCounting) {
        this.minuteCounting = minuteCounting;
    }

    public Integer getNoteDueBusinessDays() {
        return noteDueBusinessDays;
    }

    public void setNoteDueBusinessDays(Integer noteDueBusinessDays) {
        this.noteDueBusinessDays = noteDueBusinessDays;
    }

    public Integer getCrisisNoteDueHours() {
        return crisisNoteDueHours;
    }

    public void setCrisisNoteDueHours(Integer crisisNoteDueHours) {
        this.crisisNoteDueHours = crisisNoteDueHours;
    }

    public Boolean getSupervisorCosignsNotes() {
        return supervisorCosignsNotes;
    }

    public void setSupervisorCosignsNotes(Boolean supervisorCosignsNotes) {
        this.supervisorCosignsNotes = supervisorCosignsNotes;
    }

    public Boolean getCoSignByOwnSupervisor() {
        return coSignByOwnSupervisor;
    }

    public void setCoSignByOwnSupervisor(Boolean coSignByOwnSupervisor) {
        this.coSignByOwnSupervisor = coSignByOwnSupervisor;
    }

    public Boolean getMeasurableGoals() {
        return measurableGoals;
    }

    public void setMeasurableGoals(Boolean measurableGoals) {
        this.measurableGoals = measurableGoals;
    }

    public GroupApportionment getGroupApportionment() {
        return groupApportionment;
    }

    public void setGroupApportionment(GroupApportionment groupApportionment) {
        this.groupApportionment = groupApportionment;
    }

    public CoFacilitatorClaiming getCoFacilitatorClaiming() {
        return coFacilitatorClaiming;
    }

    public void setCoFacilitatorClaiming(CoFacilitatorClaiming coFacilitatorClaiming) {
        this.coFacilitatorClaiming = coFacilitatorClaiming;
    }

    public Integer getGroupSizeMin() {
        return groupSizeMin;
    }

    public void setGroupSizeMin(Integer groupSizeMin) {
        this.groupSizeMin = groupSizeMin;
    }

    public Integer getGroupSizeMax() {
        return groupSizeMax;
    }

    public void setGroupSizeMax(Integer groupSizeMax) {
        this.groupSizeMax = groupSizeMax;
    }

    public ScreeningCadence getScreeningCadence() {
        return screeningCadence;
    }

    public void setScreeningCadence(ScreeningCadence screeningCadence) {
        this.screeningCadence = screeningCadence;
    }

    public Boolean getPeerDesignation() {
        return peerDesignation;
    }

    public void setPeerDesignation(Boolean peerDesignation) {
        this.peerDesignation = peerDesignation;
    }

    public Boolean getSkillsReviews() {
        return skillsReviews;
    }

    public void setSkillsReviews(Boolean skillsReviews) {
        this.skillsReviews = skillsReviews;
    }

    public Boolean getSupervisorAtSameSite() {
        return supervisorAtSameSite;
    }

    public void setSupervisorAtSameSite(Boolean supervisorAtSameSite) {
        this.supervisorAtSameSite = supervisorAtSameSite;
    }

    public List<OptInEmbeddable> getOptIns() {
        return optIns;
    }

    public void setOptIns(List<OptInEmbeddable> optIns) {
        this.optIns = optIns;
    }

    public List<ApprovedRateEmbeddable> getApprovedRates() {
        return approvedRates;
    }

    public void setApprovedRates(List<ApprovedRateEmbeddable> approvedRates) {
        this.approvedRates = approvedRates;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
