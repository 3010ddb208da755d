package org.peerpath.ui.member.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.peerpath.application.claim.port.in.CheckServiceCommand;
import org.peerpath.application.claim.port.in.ClaimCheckQuery;
import org.peerpath.application.claim.port.in.ServiceInput;
import org.peerpath.application.claimrecord.port.in.AddCountyHolidayCommand;
import org.peerpath.application.claimrecord.port.in.ClaimRecordQueries;
import org.peerpath.application.claimrecord.port.in.CountyHolidaysUseCase;
import org.peerpath.application.claimrecord.port.in.RecordDiagnosisCommand;
import org.peerpath.application.claimrecord.port.in.RecordDiagnosisUseCase;
import org.peerpath.application.claimrecord.port.in.RecordTelehealthConsentCommand;
import org.peerpath.application.claimrecord.port.in.RecordTelehealthConsentUseCase;
import org.peerpath.application.claimrecord.port.in.RemoveCountyHolidayCommand;
import org.peerpath.application.claimrecord.port.in.WithdrawTelehealthConsentCommand;
import org.peerpath.application.claimrecord.port.in.WithdrawTelehealthConsentUseCase;
import org.peerpath.application.enrollment.port.in.EndEnrollmentCommand;
import org.peerpath.application.enrollment.port.in.EndEnrollmentUseCase;
import org.peerpath.application.member.port.in.EnrollMemberCommand;
import org.peerpath.application.member.port.in.EnrollMemberUseCase;
import org.peerpath.application.member.port.in.MemberQueries;
import org.peerpath.application.shared.Actor;
import org.peerpath.application.shared.Clocks;
import org.peerpath.claim.Severity;
import org.peerpath.county.CountyHoliday;
import org.peerpath.member.MemberId;
import org.peerpath.service.ConsentMethod;
import org.peerpath.service.Modality;
import org.peerpath.service.PlaceOfService;
import org.peerpath.service.ServiceComponent;
import org.peerpath.shared.County;
import org.peerpath.shared.DeliverySystem;
import org.peerpath.ui.security.CurrentUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * CHECK-1, D.5 through the application on PostgreSQL: everything the check reads comes from stored records, so ending
 * a member's enrollment in storage changes the answer for a later service and leaves an earlier one as it was (SVC-7).
 */
@SpringBootTest
class ClaimCheckOnPostgresIT {

    @Autowired
    EnrollMemberUseCase enroll;

    @Autowired
    EndEnrollmentUseCase endEnrollment;

    @Autowired
    MemberQueries members;

    @Autowired
    ClaimCheckQuery claimCheck;

    @Autowired
    CurrentUser currentUser;

    @Autowired
    Clock clock;

    @Autowired
    RecordDiagnosisUseCase recordDiagnosis;

    @Autowired
    RecordTelehealthConsentUseCase recordConsent;

    @Autowired
    WithdrawTelehealthConsentUseCase withdrawConsent;

    @Autowired
    CountyHolidaysUseCase holidays;

    @Autowired
    ClaimRecordQueries claimRecords;

    private static ServiceInput service(MemberId member, LocalDate on) {
        return service(member, on, Modality.IN_PERSON, PlaceOfService.OFFICE);
    }

    private static ServiceInput service(MemberId member, LocalDate on, Modality modality, PlaceOfService place) {
        return ServiceInput.forMember(member)
                .on(on)
                .contactMinutes(45)
                .components(ServiceComponent.ENGAGEMENT)
                .delivered(modality, place)
                .under(DeliverySystem.SMHS)
                .build();
    }

    private Set<String> blocks(Actor actor, MemberId member, LocalDate on) {
        return claimCheck
                .check(new CheckServiceCommand(actor, service(member, on), true))
                .readiness()
                .ruleIds(Severity.BLOCK);
    }

    private MemberId enrolledMember(Actor admin) {
        return enroll.enroll(new EnrollMemberCommand(
                admin,
                "Storedfact",
                "Checkmember",
                LocalDate.of(1991, 2, 3),
                "9" + String.format("%07d", (int) (System.nanoTime() % 10_000_000)) + "Q",
                County.YOLO,
                Set.of(DeliverySystem.SMHS, DeliverySystem.DMC_ODS),
                "English"));
    }

    private long claimVersion(Actor actor, MemberId member) {
        return claimRecords.records(actor, member).orElseThrow().version();
    }

    @Test
    @WithUserDetails("admin.gale")
    void rpt2_a_stored_diagnosis_lifts_the_missing_diagnosis_finding() {
        Actor admin = currentUser.actor();
        LocalDate today = Clocks.today(clock);
        MemberId member = enrolledMember(admin);
        assertThat(blocks(admin, member, today)).contains("RPT-2");

        recordDiagnosis.record(
                new RecordDiagnosisCommand(admin, member, "F33.1", today.minusDays(5), claimVersion(admin, member)));

        assertThat(blocks(admin, member, today)).doesNotContain("RPT-2");
        // the diagnosis in force on the date of service: none before the recorded one takes effect
        assertThat(blocks(admin, member, today.minusDays(6))).contains("RPT-2");
    }

    @Test
    @WithUserDetails("admin.gale")
    void svc5_a_video_service_before_the_consent_was_withdrawn_is_covered_and_one_after_it_is_not() {
        Actor admin = currentUser.actor();
        LocalDate today = Clocks.today(clock);
        MemberId member = enrolledMember(admin);
        LocalDate before = today.minusDays(10);
        LocalDate after = today.minusDays(2);
        java.util.function.Function<LocalDate, Set<String>> videoBlocks = on -> claimCheck
                .check(new CheckServiceCommand(
                        admin, service(member, on, Modality.VIDEO, PlaceOfService.TELEHEALTH_IN_HOME), true))
                .readiness()
                .ruleIds(Severity.BLOCK);
        assertThat(videoBlocks.apply(before)).contains("SVC-5");

        UUID consent = recordConsent.record(new RecordTelehealthConsentCommand(
                admin, member, Modality.VIDEO, ConsentMethod.VERBAL, today.minusDays(20), claimVersion(admin, member)));
        withdrawConsent.withdraw(new WithdrawTelehealthConsentCommand(
                admin, member, consent, today.minusDays(5), claimVersion(admin, member)));

        assertThat(videoBlocks.apply(before)).doesNotContain("SVC-5");
        assertThat(videoBlocks.apply(after)).contains("SVC-5");
    }

    @Test
    @WithUserDetails("admin.gale")
    void svc8_a_stored_county_holiday_moves_the_note_due_date_by_a_business_day() {
        Actor admin = currentUser.actor();
        LocalDate today = Clocks.today(clock);
        MemberId member = enrolledMember(admin);
        Set<LocalDate> stored = claimRecords.holidays(admin).holidays().stream()
                .map(CountyHoliday::date)
                .collect(java.util.stream.Collectors.toSet());
        // a Monday with no stored holiday in its week, so the note is due on Thursday
        LocalDate monday = today.plusDays(30).with(java.time.temporal.TemporalAdjusters.next(DayOfWeek.MONDAY));
        while (monday.datesUntil(monday.plusDays(7)).anyMatch(stored::contains)) {
            monday = monday.plusWeeks(1);
        }
        LocalDate on = monday;
        java.util.function.Supplier<Object> due =
                () -> claimCheck.check(new CheckServiceCommand(admin, service(member, on), true)).findings().stream()
                        .filter(f -> f.ruleId().equals("SVC-8"))
                        .findFirst()
                        .orElseThrow()
                        .args()
                        .getFirst();
        assertThat(due.get()).isEqualTo(on.plusDays(3));

        holidays.add(new AddCountyHolidayCommand(
                admin,
                on.plusDays(1),
                "Test holiday",
                claimRecords.holidays(admin).version()));
        try {
            assertThat(due.get()).isEqualTo(on.plusDays(4));
        } finally {
            holidays.remove(new RemoveCountyHolidayCommand(
                    admin, on.plusDays(1), claimRecords.holidays(admin).version()));
        }
        assertThat(due.get()).isEqualTo(on.plusDays(3));
    }

    @Test
    @WithUserDetails("admin.gale")
    void svc7_an_enrollment_ended_in_storage_blocks_a_later_service_and_not_an_earlier_one() {
        Actor admin = currentUser.actor();
        LocalDate today = Clocks.today(clock);
        MemberId member = enroll.enroll(new EnrollMemberCommand(
                admin,
                "Storedfact",
                "Checkmember",
                LocalDate.of(1991, 2, 3),
                "9" + String.format("%07d", (int) (System.nanoTime() % 10_000_000)) + "Q",
                County.YOLO,
                Set.of(DeliverySystem.SMHS, DeliverySystem.DMC_ODS),
                "English"));
        LocalDate earlier = today.plusDays(2);
        LocalDate later = today.plusDays(9);
        assertThat(blocks(admin, member, later)).doesNotContain("SVC-7");

        long version = members.member(admin, member).orElseThrow().version();
        endEnrollment.end(new EndEnrollmentCommand(admin, member, DeliverySystem.SMHS, today.plusDays(5), version));

        assertThat(blocks(admin, member, earlier)).doesNotContain("SVC-7");
        assertThat(blocks(admin, member, later)).contains("SVC-7");
    }
}
