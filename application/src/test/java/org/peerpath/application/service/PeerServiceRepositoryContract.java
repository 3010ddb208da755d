package org.peerpath.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peerpath.application.service.port.out.PeerServiceRepository;
import org.peerpath.application.service.port.out.ServiceKey;
import org.peerpath.application.shared.ConcurrentChangeException;
import org.peerpath.levelofcare.LevelOfCare;
import org.peerpath.member.MemberId;
import org.peerpath.service.AgencyContact;
import org.peerpath.service.Modality;
import org.peerpath.service.PeerService;
import org.peerpath.service.PlaceOfService;
import org.peerpath.service.ServiceComponent;
import org.peerpath.service.ServiceDraft;
import org.peerpath.service.ServiceMinutes;
import org.peerpath.service.ServiceStatus;
import org.peerpath.shared.DeliverySystem;
import org.peerpath.shared.StaffId;

/** What every {@link PeerServiceRepository} must do, on the in-memory fake and on PostgreSQL (SVC-1..9). */
public abstract class PeerServiceRepositoryContract {

    protected abstract PeerServiceRepository repository();

    /** A stored member, so a service may refer to it. */
    protected abstract MemberId existingMember();

    /** A stored peer account. */
    protected abstract StaffId existingPeer();

    static PeerService service(MemberId member, StaffId peer, LocalDate on) {
        return PeerService.record(
                ServiceDraft.individual(member, peer)
                        .on(on)
                        .endedAt(LocalTime.of(11, 15))
                        .under(DeliverySystem.SMHS)
                        .components(ServiceComponent.ENGAGEMENT, ServiceComponent.THERAPEUTIC_ACTIVITY)
                        .minutes(new ServiceMinutes(45, 20, 10))
                        .delivered(Modality.VIDEO, PlaceOfService.TELEHEALTH_IN_HOME)
                        .level(LevelOfCare.SMHS_OUTPATIENT)
                        .crisis(true)
                        .build(),
                List.of());
    }

    @Test
    void svc1_a_saved_service_is_found_with_everything_that_was_entered() {
        MemberId member = existingMember();
        StaffId peer = existingPeer();
        PeerService recorded = service(member, peer, LocalDate.of(2026, 10, 14)).writeNote("Talked about work", peer);

        repository().save(recorded);

        PeerService found = repository().findById(recorded.id()).orElseThrow();
        assertThat(found.asDraft()).isEqualTo(recorded.asDraft());
        assertThat(found.status()).isEqualTo(ServiceStatus.RECORDED);
        assertThat(found.note()).contains(recorded.note().orElseThrow());
        assertThat(found.version()).isZero();
    }

    @Test
    void svc6_member_absent_with_an_agency_contacted_keeps_the_reason_and_the_agency() {
        MemberId member = existingMember();
        StaffId peer = existingPeer();
        PeerService absent = PeerService.record(
                service(member, peer, LocalDate.of(2026, 10, 2)).asDraft().toBuilder()
                        .crisis(false)
                        .endedAt(null)
                        .delivered(Modality.IN_PERSON, PlaceOfService.OFFICE)
                        .memberAbsent("In the hospital")
                        .agencyContacts(List.of(
                                new AgencyContact("County housing office", AgencyContact.Purpose.CARE_COORDINATION)))
                        .build(),
                List.of());

        repository().save(absent);

        assertThat(repository().findById(absent.id()).orElseThrow().asDraft()).isEqualTo(absent.asDraft());
    }

    @Test
    void svc6_goal3_loc3_several_agencies_the_goals_and_the_transition_round_trip_and_a_void_keeps_its_reason() {
        MemberId member = existingMember();
        StaffId peer = existingPeer();
        PeerService rich = PeerService.record(
                service(member, peer, LocalDate.of(2026, 10, 3)).asDraft().toBuilder()
                        .agencyContacts(List.of(
                                new AgencyContact("County housing office", AgencyContact.Purpose.RESOURCE_NAVIGATION),
                                new AgencyContact("Legal aid", AgencyContact.Purpose.ADVOCACY)))
                        .goals(List.of(org.peerpath.goal.GoalId.newId(), org.peerpath.goal.GoalId.newId()))
                        .transition(new org.peerpath.levelofcare.Transition(
                                LevelOfCare.SMHS_OUTPATIENT, LevelOfCare.SMHS_RESIDENTIAL))
                        .build(),
                List.of());

        repository().save(rich);
        assertThat(repository().findById(rich.id()).orElseThrow().asDraft()).isEqualTo(rich.asDraft());

        PeerService voided = rich.voidService("Recorded twice");
        repository().save(voided);
        PeerService found = repository().findById(rich.id()).orElseThrow();
        assertThat(found.status()).isEqualTo(ServiceStatus.VOIDED);
        assertThat(found.voidReason()).contains("Recorded twice");
        assertThat(found.asDraft()).isEqualTo(voided.asDraft());
    }

    @Test
    void svc9_a_signed_note_and_its_addenda_are_kept() {
        MemberId member = existingMember();
        StaffId peer = existingPeer();
        PeerService recorded = service(member, peer, LocalDate.of(2026, 10, 14)).writeNote("First words", peer);
        repository().save(recorded);
        PeerService signed =
                repository().findById(recorded.id()).orElseThrow().signNote(LocalDateTime.of(2026, 10, 15, 9, 30));
        repository().save(signed);
        PeerService amended = repository()
                .findById(recorded.id())
                .orElseThrow()
                .addAddendum("The member called back", peer, LocalDateTime.of(2026, 10, 16, 8, 0));
        repository().save(amended);

        PeerService found = repository().findById(recorded.id()).orElseThrow();
        assertThat(found.status()).isEqualTo(ServiceStatus.NOTE_SIGNED);
        assertThat(found.note().orElseThrow().signedAt()).isEqualTo(LocalDateTime.of(2026, 10, 15, 9, 30));
        assertThat(found.asDraft().noteSignedAt()).isEqualTo(LocalDateTime.of(2026, 10, 15, 9, 30));
        assertThat(found.addenda()).containsExactlyElementsOf(amended.addenda());
        assertThat(found.version()).isEqualTo(2);
    }

    @Test
    void svc10_a_cosign_keeps_who_cosigned_and_when() {
        MemberId member = existingMember();
        StaffId peer = existingPeer();
        StaffId supervisor = existingPeer();
        PeerService signed = service(member, peer, LocalDate.of(2026, 10, 14))
                .writeNote("First words", peer)
                .signNote(LocalDateTime.of(2026, 10, 15, 9, 30));
        repository().save(signed);
        repository()
                .save(repository()
                        .findById(signed.id())
                        .orElseThrow()
                        .cosignNote(supervisor, LocalDateTime.of(2026, 10, 16, 11, 5)));

        PeerService found = repository().findById(signed.id()).orElseThrow();
        assertThat(found.note().orElseThrow().cosignedBy()).isEqualTo(supervisor);
        assertThat(found.note().orElseThrow().cosignedAt()).isEqualTo(LocalDateTime.of(2026, 10, 16, 11, 5));
        assertThat(found.asDraft().noteCosigned()).isTrue();
    }

    @Test
    void a_stale_save_is_refused_and_keeps_what_the_first_person_saved() {
        MemberId member = existingMember();
        StaffId peer = existingPeer();
        PeerService recorded = service(member, peer, LocalDate.of(2026, 10, 14));
        repository().save(recorded);
        PeerService first = repository().findById(recorded.id()).orElseThrow();
        PeerService second = repository().findById(recorded.id()).orElseThrow();
        repository().save(first.writeNote("Mine", peer));

        assertThatThrownBy(() -> repository().save(second.writeNote("Theirs", peer)))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(repository()
                        .findById(recorded.id())
                        .orElseThrow()
                        .note()
                        .orElseThrow()
                        .text())
                .isEqualTo("Mine");
    }

    @Test
    void services_of_a_member_come_newest_first_in_keyset_pages_and_never_another_members() {
        MemberId member = existingMember();
        MemberId other = existingMember();
        StaffId peer = existingPeer();
        for (int day = 1; day <= 5; day++) {
            repository().save(service(member, peer, LocalDate.of(2026, 10, day)));
        }
        repository().save(service(member, peer, LocalDate.of(2026, 10, 3)));
        repository().save(service(other, peer, LocalDate.of(2026, 10, 9)));

        List<PeerService> first = repository().findByMember(member, 4, null);
        List<PeerService> rest = repository().findByMember(member, 4, ServiceKey.of(first.getLast()));

        assertThat(first)
                .extracting(s -> s.asDraft().dateOfService().getDayOfMonth())
                .containsExactly(5, 4, 3, 3);
        assertThat(rest)
                .extracting(s -> s.asDraft().dateOfService().getDayOfMonth())
                .containsExactly(2, 1);
        assertThat(repository().findByPeer(peer, LocalDate.of(2026, 10, 4), 10))
                .extracting(s -> s.asDraft().dateOfService().getDayOfMonth())
                .containsExactly(9, 5, 4);
    }
}
