package org.peerpath.application.claimrecord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.peerpath.application.claimrecord.port.out.ClaimRecordRepository;
import org.peerpath.application.claimrecord.port.out.MemberClaimFile;
import org.peerpath.application.shared.ConcurrentChangeException;
import org.peerpath.application.shared.Versioned;
import org.peerpath.claim.DiagnosisCode;
import org.peerpath.claim.MemberDiagnosis;
import org.peerpath.county.CountyHoliday;
import org.peerpath.member.MemberId;
import org.peerpath.service.ConsentMethod;
import org.peerpath.service.Modality;
import org.peerpath.service.TelehealthConsent;
import org.peerpath.shared.StaffId;

/** What every {@link ClaimRecordRepository} must do, run against the in-memory fake and against the JPA adapter. */
public abstract class ClaimRecordRepositoryContract {

    protected abstract ClaimRecordRepository repository();

    /** A member that exists in the store. */
    protected abstract MemberId existingMember();

    private static final LocalDate MARCH = LocalDate.of(2026, 3, 1);
    private static final Instant AT = Instant.parse("2026-03-01T17:00:00Z");
    private static final StaffId BHP = StaffId.newId();

    private static MemberDiagnosis diagnosis(MemberId member, String code, LocalDate from, Instant at) {
        return new MemberDiagnosis(member, new DiagnosisCode(code), from, BHP, at);
    }

    private static MemberClaimFile.StoredConsent consent(MemberId member, Modality kind, LocalDate withdrawn) {
        return new MemberClaimFile.StoredConsent(
                UUID.randomUUID(),
                new TelehealthConsent(member, kind, MARCH, withdrawn),
                ConsentMethod.VERBAL,
                BHP,
                AT);
    }

    @Test
    void rpt2_svc5_a_member_without_records_has_an_empty_file_never_stored() {
        Versioned<MemberClaimFile> found = repository().findByMember(existingMember());

        assertThat(found.value()).isEqualTo(MemberClaimFile.EMPTY);
        assertThat(found.version()).isEqualTo(Versioned.NEVER_STORED);
    }

    @Test
    void rpt2_svc5_diagnoses_and_consents_are_kept_whole_and_another_members_are_apart() {
        MemberId member = existingMember();
        MemberId other = existingMember();
        MemberClaimFile file = new MemberClaimFile(
                List.of(
                        diagnosis(member, "F33.1", MARCH, AT),
                        diagnosis(member, "F41.1", MARCH.plusMonths(2), AT.plusSeconds(3600))),
                List.of(
                        consent(member, Modality.VIDEO, null),
                        consent(member, Modality.TELEPHONE, MARCH.plusDays(10))));

        repository().save(member, file, Versioned.NEVER_STORED);

        MemberClaimFile found = repository().findByMember(member).value();
        assertThat(found.diagnoses()).containsExactlyInAnyOrderElementsOf(file.diagnoses());
        assertThat(found.consents()).containsExactlyInAnyOrderElementsOf(file.consents());
        assertThat(repository().findByMember(other).value()).isEqualTo(MemberClaimFile.EMPTY);
    }

    @Test
    void rpt2_svc5_a_save_over_a_stale_version_is_refused_and_keeps_the_first() {
        MemberId member = existingMember();
        MemberClaimFile first = MemberClaimFile.EMPTY.adding(diagnosis(member, "F33.1", MARCH, AT));
        repository().save(member, first, Versioned.NEVER_STORED);
        long seen = repository().findByMember(member).version();
        MemberClaimFile second = first.adding(consent(member, Modality.VIDEO, null));
        repository().save(member, second, seen);

        assertThatThrownBy(() -> repository().save(member, MemberClaimFile.EMPTY, seen))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThatThrownBy(() -> repository().save(member, MemberClaimFile.EMPTY, Versioned.NEVER_STORED))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(repository().findByMember(member).value().consents()).hasSize(1);
        assertThat(repository().findByMember(member).version()).isGreaterThan(seen);
    }

    @Test
    void svc8_holidays_are_kept_and_a_stale_change_is_refused() {
        Versioned<List<CountyHoliday>> before = repository().holidays();
        LocalDate day = LocalDate.of(2031, 1, 1).plusDays(UUID.randomUUID().hashCode() & 0xff);
        List<CountyHoliday> days = new java.util.ArrayList<>(before.value());
        days.add(new CountyHoliday(day, "Test Day"));

        repository().saveHolidays(days, before.version());

        Versioned<List<CountyHoliday>> after = repository().holidays();
        assertThat(after.value()).contains(new CountyHoliday(day, "Test Day"));
        assertThat(after.version()).isGreaterThan(before.version());
        assertThatThrownBy(() -> repository().saveHolidays(List.of(), before.version()))
                .isInstanceOf(ConcurrentChangeException.class);
        // leave the list as it was found, for the other tests sharing the store
        repository().saveHolidays(before.value(), after.version());
        assertThat(repository().holidays().value()).containsExactlyElementsOf(before.value());
    }
}
