package org.peerpath.application.claimrecord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.peerpath.application.audit.InMemoryAuditTrail;
import org.peerpath.application.audit.port.out.AuditAction;
import org.peerpath.application.audit.port.out.AuditEvent;
import org.peerpath.application.claimrecord.port.in.AddCountyHolidayCommand;
import org.peerpath.application.claimrecord.port.in.ClaimRecordRefusedException;
import org.peerpath.application.claimrecord.port.in.MemberClaimRecordsDetails;
import org.peerpath.application.claimrecord.port.in.RecordDiagnosisCommand;
import org.peerpath.application.claimrecord.port.in.RecordTelehealthConsentCommand;
import org.peerpath.application.claimrecord.port.in.RemoveCountyHolidayCommand;
import org.peerpath.application.claimrecord.port.in.WithdrawTelehealthConsentCommand;
import org.peerpath.application.member.CareTeamRule;
import org.peerpath.application.member.InMemoryMembers;
import org.peerpath.application.member.port.in.MemberNotFoundException;
import org.peerpath.application.shared.Actor;
import org.peerpath.application.shared.ConcurrentChangeException;
import org.peerpath.application.shared.TestMembers;
import org.peerpath.application.shared.Versioned;
import org.peerpath.application.staff.InMemoryStaffDirectory;
import org.peerpath.application.supervision.InMemoryOversight;
import org.peerpath.county.CountyHoliday;
import org.peerpath.member.Member;
import org.peerpath.member.MemberId;
import org.peerpath.service.ConsentMethod;
import org.peerpath.service.Modality;
import org.peerpath.shared.InvalidValueException;
import org.peerpath.shared.Role;
import org.peerpath.shared.StaffId;
import org.peerpath.supervision.PeerDirection;

class ClaimRecordUseCasesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-25T20:00:00Z"), ZoneOffset.UTC);
    private final InMemoryMembers members = new InMemoryMembers(id -> "Peer");
    private final InMemoryClaimRecordFiles store = new InMemoryClaimRecordFiles();
    private final InMemoryAuditTrail audit = new InMemoryAuditTrail();
    private final InMemoryOversight oversight = new InMemoryOversight();
    private final CareTeamRule careTeam = new CareTeamRule(oversight.supervisions(), oversight.directions());
    private final ClaimRecordGate gate =
            new ClaimRecordGate(members, store, careTeam, new InMemoryStaffDirectory(), audit, clock);
    private final ManageClaimRecordsService manage = new ManageClaimRecordsService(gate);
    private final ClaimRecordQueryService queries = new ClaimRecordQueryService(gate, store);
    private final CountyHolidaysService holidays = new CountyHolidaysService(store, gate);

    private final Actor peer = actor(Role.PEER);
    private final Actor bhp = actor(Role.BHP);
    private final Actor otherBhp = actor(Role.BHP);
    private final Actor otherPeer = actor(Role.PEER);
    private final Actor desk = actor(Role.STAFF);
    private final Actor admin = actor(Role.ADMIN);

    private static Actor actor(Role role) {
        return new Actor(StaffId.newId(), role.name().toLowerCase(), Set.of(role));
    }

    private MemberId member() {
        Member member = TestMembers.member("Dia", "Gnosis").assignPrimaryPeer(peer.id());
        members.save(member);
        if (oversight.directions().findByPeer(peer.id()).version() == Versioned.NEVER_STORED) {
            oversight
                    .directions()
                    .save(PeerDirection.of(peer.id()).assign(bhp.id(), TODAY.minusYears(1)), Versioned.NEVER_STORED);
        }
        return member.id();
    }

    private long version(MemberId id) {
        return store.findByMember(id).version();
    }

    private void diagnose(Actor who, MemberId id, String code, LocalDate from) {
        manage.record(new RecordDiagnosisCommand(who, id, code, from, version(id)));
    }

    @Test
    void rpt2_the_directing_bhp_records_a_diagnosis_and_a_later_one_takes_over_keeping_the_history() {
        MemberId id = member();
        diagnose(bhp, id, "f33.1", TODAY.minusMonths(3));
        diagnose(admin, id, "F41.1", TODAY.minusDays(1));

        MemberClaimRecordsDetails seen = queries.records(peer, id).orElseThrow();

        assertThat(seen.current().code()).isEqualTo("F41.1");
        assertThat(seen.history())
                .extracting(MemberClaimRecordsDetails.DiagnosisEntry::code)
                .containsExactly("F41.1", "F33.1");
        assertThat(seen.mayRecordDiagnosis()).isFalse();
        assertThat(audit.forMember(id, 3))
                .extracting(AuditEvent::action)
                .containsExactly(
                        AuditAction.CLAIM_RECORDS_VIEWED,
                        AuditAction.DIAGNOSIS_RECORDED,
                        AuditAction.DIAGNOSIS_RECORDED);
        assertThat(queries.records(bhp, id).orElseThrow().mayRecordDiagnosis()).isTrue();
    }

    @Test
    void rpt2_a_bhp_off_the_care_team_is_refused_and_the_refusal_is_audited() {
        MemberId id = member();

        assertThatThrownBy(() -> diagnose(otherBhp, id, "F33.1", TODAY)).isInstanceOf(MemberNotFoundException.class);
        assertThat(queries.records(otherPeer, id)).isEmpty();
        assertThat(queries.records(desk, id)).isEmpty();
        assertThat(audit.forMember(id, 3))
                .extracting(AuditEvent::action)
                .containsOnly(AuditAction.MEMBER_ACCESS_DENIED);
        assertThat(store.findByMember(id).value().diagnoses()).isEmpty();
    }

    @Test
    void rpt2_a_bad_code_a_future_date_and_a_missing_date_are_named_at_their_fields() {
        MemberId id = member();

        assertThatThrownBy(() -> diagnose(bhp, id, "depression", TODAY))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("diagnosis"));
        assertThatThrownBy(() -> diagnose(bhp, id, "F33.1", TODAY.plusDays(1)))
                .isInstanceOfSatisfying(ClaimRecordRefusedException.class, e -> assertThat(e.field())
                        .isEqualTo("effectiveOn"));
        assertThatThrownBy(() -> diagnose(bhp, id, "F33.1", null))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("effectiveOn"));
    }

    @Test
    void svc5_the_peer_records_a_consent_and_its_withdrawal_both_audited() {
        MemberId id = member();
        UUID consent = manage.record(new RecordTelehealthConsentCommand(
                peer, id, Modality.VIDEO, ConsentMethod.VERBAL, TODAY.minusDays(30), version(id)));
        manage.withdraw(new WithdrawTelehealthConsentCommand(peer, id, consent, TODAY.minusDays(2), version(id)));

        MemberClaimRecordsDetails seen = queries.records(peer, id).orElseThrow();
        assertThat(seen.consents()).singleElement().satisfies(c -> {
            assertThat(c.modality()).isEqualTo(Modality.VIDEO);
            assertThat(c.method()).isEqualTo(ConsentMethod.VERBAL);
            assertThat(c.withdrawnOn()).isEqualTo(TODAY.minusDays(2));
        });
        assertThat(audit.forMember(id, 3))
                .extracting(AuditEvent::action)
                .containsExactly(
                        AuditAction.CLAIM_RECORDS_VIEWED,
                        AuditAction.TELEHEALTH_CONSENT_WITHDRAWN,
                        AuditAction.TELEHEALTH_CONSENT_RECORDED);
        assertThatThrownBy(() ->
                        manage.withdraw(new WithdrawTelehealthConsentCommand(peer, id, consent, TODAY, version(id))))
                .isInstanceOfSatisfying(ClaimRecordRefusedException.class, e -> assertThat(e.code())
                        .isEqualTo(ClaimRecordRefusedException.CONSENT_ALREADY_WITHDRAWN));
    }

    @Test
    void svc5_in_person_is_no_telehealth_consent_and_a_missing_method_or_date_is_named_at_its_field() {
        MemberId id = member();

        assertThatThrownBy(() -> manage.record(new RecordTelehealthConsentCommand(
                        peer, id, Modality.IN_PERSON, ConsentMethod.WRITTEN, TODAY, version(id))))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("modality"));
        assertThatThrownBy(() -> manage.record(
                        new RecordTelehealthConsentCommand(peer, id, Modality.VIDEO, null, TODAY, version(id))))
                .isInstanceOfSatisfying(ClaimRecordRefusedException.class, e -> assertThat(e.field())
                        .isEqualTo("method"));
        assertThatThrownBy(() -> manage.record(new RecordTelehealthConsentCommand(
                        peer, id, Modality.TELEPHONE, ConsentMethod.WRITTEN, null, version(id))))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("givenOn"));
        assertThatThrownBy(() -> manage.record(new RecordTelehealthConsentCommand(
                        otherPeer, id, Modality.VIDEO, ConsentMethod.WRITTEN, TODAY, version(id))))
                .isInstanceOf(MemberNotFoundException.class);
    }

    @Test
    void svc5_a_change_on_a_stale_page_is_refused() {
        MemberId id = member();
        long seen = version(id);
        manage.record(new RecordTelehealthConsentCommand(peer, id, Modality.VIDEO, ConsentMethod.WRITTEN, TODAY, seen));

        assertThatThrownBy(() -> manage.record(new RecordTelehealthConsentCommand(
                        peer, id, Modality.TELEPHONE, ConsentMethod.WRITTEN, TODAY, seen)))
                .isInstanceOf(ConcurrentChangeException.class);
    }

    @Test
    void svc8_the_admin_adds_and_removes_holidays_audited_and_a_second_one_on_a_date_is_refused() {
        holidays.add(new AddCountyHolidayCommand(admin, LocalDate.of(2026, 12, 25), "Christmas Day", -1));
        long v = queries.holidays(admin).version();

        assertThatThrownBy(
                        () -> holidays.add(new AddCountyHolidayCommand(admin, LocalDate.of(2026, 12, 25), "Again", v)))
                .isInstanceOfSatisfying(ClaimRecordRefusedException.class, e -> assertThat(e.field())
                        .isEqualTo("date"));
        assertThatThrownBy(() -> holidays.add(new AddCountyHolidayCommand(admin, LocalDate.of(2027, 1, 1), " ", v)))
                .isInstanceOfSatisfying(ClaimRecordRefusedException.class, e -> assertThat(e.field())
                        .isEqualTo("name"));
        assertThat(queries.holidays(admin).holidays())
                .containsExactly(new CountyHoliday(LocalDate.of(2026, 12, 25), "Christmas Day"));

        holidays.remove(new RemoveCountyHolidayCommand(admin, LocalDate.of(2026, 12, 25), v));

        assertThat(queries.holidays(admin).holidays()).isEmpty();
        assertThat(audit.all())
                .extracting(AuditEvent::action)
                .contains(AuditAction.COUNTY_HOLIDAY_ADDED, AuditAction.COUNTY_HOLIDAY_REMOVED);
        assertThatThrownBy(() -> holidays.remove(new RemoveCountyHolidayCommand(admin, LocalDate.of(2026, 12, 25), v)))
                .isInstanceOf(ConcurrentChangeException.class);
    }
}
