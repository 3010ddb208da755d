package org.peerpath.application.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.peerpath.application.claimrecord.port.out.ClaimRecordRepository;
import org.peerpath.application.claimrecord.port.out.MemberClaimFile;
import org.peerpath.application.shared.Clocks;
import org.peerpath.application.shared.Versioned;
import org.peerpath.claim.DiagnosisCode;
import org.peerpath.claim.MemberDiagnosis;
import org.peerpath.county.CountyHoliday;
import org.peerpath.member.Member;
import org.peerpath.service.ConsentMethod;
import org.peerpath.service.Modality;
import org.peerpath.service.TelehealthConsent;
import org.peerpath.shared.DeliverySystem;
import org.peerpath.shared.StaffId;
import org.springframework.stereotype.Component;

/**
 * Issue D #8 / H #12: the claim records of the demo. Ellis recorded a diagnosis for every active member from their
 * enrollment (RPT-2), except the Junipers, so that the check still shows a missing diagnosis somewhere; Dmitri's was
 * revised a month ago (a history). Dmitri consented to video in writing, Lucian to audio-only verbally, and Paloma
 * withdrew her video consent a month ago (SVC-5). The county keeps the California state holidays of 2026 and 2027
 * (SVC-8), observed on the Friday or Monday when they fall on a weekend.
 */
@Component
class DemoClaimRecords {

    private static final List<String> MENTAL_HEALTH = List.of("F33.1", "F41.1", "F43.10", "F32.A");
    private static final List<String> SUBSTANCE_USE = List.of("F10.20", "F11.20", "F15.20");

    private final ClaimRecordRepository records;
    private final Clock clock;

    DemoClaimRecords(ClaimRecordRepository records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    /** {@code enrolled} in the demo's order; Dmitri, Lucian and Paloma are at the given positions. */
    void load(StaffId ellis, List<Member> enrolled, int dmitri, int lucian, int paloma, int discharged) {
        LocalDate today = Clocks.today(clock);
        Instant enrolledAt = clock.instant().minus(Duration.ofDays(179));
        for (int i = 0; i < enrolled.size(); i++) {
            Member member = enrolled.get(i);
            if (i == discharged || "Juniper".equals(member.name().given())) {
                continue;
            }
            List<MemberDiagnosis> diagnoses = new ArrayList<>();
            diagnoses.add(new MemberDiagnosis(
                    member.id(), new DiagnosisCode(codeFor(member, i)), today.minusDays(180), ellis, enrolledAt));
            if (i == dmitri) {
                // a revised diagnosis takes over from its date; the first stays in the history
                diagnoses.add(new MemberDiagnosis(
                        member.id(),
                        new DiagnosisCode("F11.21"),
                        today.minusDays(30),
                        ellis,
                        clock.instant().minus(Duration.ofDays(30))));
            }
            List<MemberClaimFile.StoredConsent> consents = new ArrayList<>();
            if (i == dmitri) {
                consents.add(consent(member, Modality.VIDEO, ConsentMethod.WRITTEN, today.minusDays(90), null, ellis));
            } else if (i == lucian) {
                consents.add(
                        consent(member, Modality.TELEPHONE, ConsentMethod.VERBAL, today.minusDays(60), null, ellis));
            } else if (i == paloma) {
                consents.add(consent(
                        member,
                        Modality.VIDEO,
                        ConsentMethod.VERBAL,
                        today.minusDays(150),
                        today.minusDays(30),
                        ellis));
            }
            records.save(member.id(), new MemberClaimFile(diagnoses, consents), Versioned.NEVER_STORED);
        }
        if (records.holidays().value().isEmpty()) {
            records.saveHolidays(CALIFORNIA_2026_2027, records.holidays().version());
        }
    }

    private static String codeFor(Member member, int i) {
        boolean mentalHealth = member.deliverySystems().contains(DeliverySystem.SMHS);
        List<String> codes = mentalHealth ? MENTAL_HEALTH : SUBSTANCE_USE;
        return codes.get(i % codes.size());
    }

    private MemberClaimFile.StoredConsent consent(
            Member member,
            Modality kind,
            ConsentMethod method,
            LocalDate given,
            @Nullable LocalDate withdrawn,
            StaffId by) {
        return new MemberClaimFile.StoredConsent(
                UUID.randomUUID(),
                new TelehealthConsent(member.id(), kind, given, withdrawn),
                method,
                by,
                clock.instant().minus(Duration.ofDays(1)));
    }

    /** SVC-8: California state holidays (CalHR), observed on the nearest weekday when they fall on a weekend. */
    static final List<CountyHoliday> CALIFORNIA_2026_2027 = List.of(
            holiday("2026-01-01", "New Year's Day"),
            holiday("2026-01-19", "Martin Luther King Jr. Day"),
            holiday("2026-02-16", "Presidents' Day"),
            holiday("2026-03-31", "Cesar Chavez Day"),
            holiday("2026-05-25", "Memorial Day"),
            holiday("2026-07-03", "Independence Day (observed)"),
            holiday("2026-09-07", "Labor Day"),
            holiday("2026-09-25", "Native American Day"),
            holiday("2026-11-11", "Veterans Day"),
            holiday("2026-11-26", "Thanksgiving Day"),
            holiday("2026-11-27", "Day after Thanksgiving"),
            holiday("2026-12-25", "Christmas Day"),
            holiday("2027-01-01", "New Year's Day"),
            holiday("2027-01-18", "Martin Luther King Jr. Day"),
            holiday("2027-02-15", "Presidents' Day"),
            holiday("2027-03-31", "Cesar Chavez Day"),
            holiday("2027-05-31", "Memorial Day"),
            holiday("2027-07-05", "Independence Day (observed)"),
            holiday("2027-09-06", "Labor Day"),
            holiday("2027-09-24", "Native American Day"),
            holiday("2027-11-11", "Veterans Day"),
            holiday("2027-11-25", "Thanksgiving Day"),
            holiday("2027-11-26", "Day after Thanksgiving"),
            holiday("2027-12-24", "Christmas Day (observed)"));

    private static CountyHoliday holiday(String date, String name) {
        return new CountyHoliday(LocalDate.parse(date), name);
    }
}
