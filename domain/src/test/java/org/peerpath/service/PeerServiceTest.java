package org.peerpath.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.peerpath.collateral.CollateralId;
import org.peerpath.goal.GoalId;
import org.peerpath.levelofcare.LevelOfCare;
import org.peerpath.levelofcare.Transition;
import org.peerpath.member.MemberId;
import org.peerpath.shared.DeliverySystem;
import org.peerpath.shared.InvalidValueException;
import org.peerpath.shared.StaffId;

class PeerServiceTest {

    static final MemberId MEMBER = MemberId.newId();
    static final StaffId PEER = StaffId.newId();
    static final LocalDate WEDNESDAY = LocalDate.of(2026, 10, 14);

    static ServiceDraft draft(Modality modality, PlaceOfService place) {
        return ServiceDraft.individual(MEMBER, PEER)
                .on(WEDNESDAY)
                .endedAt(LocalTime.of(15, 0))
                .under(DeliverySystem.DMC_ODS)
                .components(ServiceComponent.ENGAGEMENT, ServiceComponent.THERAPEUTIC_ACTIVITY)
                .minutes(50)
                .delivered(modality, place)
                .memberAbsent("Member in detox")
                .collaterals(List.of(CollateralId.newId()))
                .goals(List.of(GoalId.newId()))
                .level(LevelOfCare.WITHDRAWAL_MANAGEMENT)
                .transition(new Transition(LevelOfCare.WITHDRAWAL_MANAGEMENT, LevelOfCare.ASAM_3_5))
                .build();
    }

    static PeerService recorded() {
        return PeerService.record(draft(Modality.IN_PERSON, PlaceOfService.RESIDENTIAL_SUD_FACILITY), List.of());
    }

    @Test
    void svc1_svc4_recording_keeps_components_delivery_and_the_transition_it_supports() {
        PeerService service = recorded();

        assertThat(service.status()).isEqualTo(ServiceStatus.RECORDED);
        assertThat(service.asDraft().components()).hasSize(2);
        assertThat(service.asDraft().transition())
                .isEqualTo(new Transition(LevelOfCare.WITHDRAWAL_MANAGEMENT, LevelOfCare.ASAM_3_5));
        assertThat(service.note()).isEmpty();
        assertThat(service.addenda()).isEmpty();
        assertThat(service.voidReason()).isEmpty();
        assertThat(service.version()).isZero();
    }

    @Test
    void svc1_recording_needs_date_system_code_a_component_minutes_and_delivery() {
        ServiceDraft start = ServiceDraft.start(MEMBER, PEER).build();

        assertThatThrownBy(() -> PeerService.record(start, List.of()))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("dateOfService"));
        ServiceDraft full = draft(Modality.IN_PERSON, PlaceOfService.HOME);
        assertThatThrownBy(() ->
                        PeerService.record(with(full, null, full.code(), full.components(), full.minutes()), List.of()))
                .hasMessage("invalid.deliverySystem.choose-delivery-system {}");
        assertThatThrownBy(() -> PeerService.record(
                        with(full, full.deliverySystem(), null, full.components(), full.minutes()), List.of()))
                .hasMessageStartingWith("invalid.code.choose-h0038-individual-h0025 ");
        assertThatThrownBy(() -> PeerService.record(
                        with(full, full.deliverySystem(), full.code(), Set.of(), full.minutes()), List.of()))
                .hasMessage("invalid.components.choose-least-one-service {}");
        assertThatThrownBy(() -> PeerService.record(
                        with(full, full.deliverySystem(), full.code(), full.components(), null), List.of()))
                .hasMessage("invalid.contactMinutes.enter-minutes {}");
        assertThatThrownBy(() -> PeerService.record(draft(Modality.VIDEO, PlaceOfService.HOME), List.of()))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("placeOfService"));
    }

    @Test
    void svc4_telephone_and_video_carry_modifiers_93_and_95_at_pos_02_or_10() {
        assertThat(new Delivery(Modality.TELEPHONE, PlaceOfService.TELEHEALTH_OTHER_THAN_HOME).modifiers())
                .containsExactly("93");
        assertThat(new Delivery(Modality.VIDEO, PlaceOfService.TELEHEALTH_IN_HOME).modifiers())
                .containsExactly("95");
        assertThat(new Delivery(Modality.IN_PERSON, PlaceOfService.OUTREACH_STREET).modifiers())
                .isEmpty();
        assertThat(PlaceOfService.TELEHEALTH_IN_HOME.code()).isEqualTo("10");
        assertThat(PlaceOfService.SHELTER.code()).isEqualTo("04");
        assertThatThrownBy(() -> new Delivery(Modality.IN_PERSON, PlaceOfService.TELEHEALTH_IN_HOME))
                .hasMessage("invalid.placeOfService.only-for-telehealth {placeOfService=10}");
        assertThatThrownBy(() -> new Delivery(Modality.TELEPHONE, PlaceOfService.OFFICE))
                .hasMessage("invalid.placeOfService.telehealth-needs-02-or-10 {placeOfService=11}");
        assertThatThrownBy(() -> new Delivery(null, PlaceOfService.OFFICE))
                .hasMessage("invalid.modality.choose-person-telephone-video {}");
        assertThatThrownBy(() -> new Delivery(Modality.VIDEO, null))
                .hasMessage("invalid.placeOfService.choose-place-service {}");
    }

    @Test
    void svc5_telehealth_consent_is_for_video_or_audio_only_from_its_date_until_withdrawn() {
        TelehealthConsent video = new TelehealthConsent(MEMBER, Modality.VIDEO, WEDNESDAY, WEDNESDAY.plusDays(10));

        assertThat(video.coversOn(Modality.VIDEO, WEDNESDAY)).isTrue();
        assertThat(video.coversOn(Modality.TELEPHONE, WEDNESDAY)).isFalse();
        assertThat(video.coversOn(Modality.VIDEO, WEDNESDAY.minusDays(1))).isFalse();
        assertThat(video.coversOn(Modality.VIDEO, WEDNESDAY.plusDays(10))).isFalse();
        assertThatThrownBy(() -> new TelehealthConsent(MEMBER, Modality.IN_PERSON, WEDNESDAY, null))
                .hasMessage("invalid.modality.consent-recorded-video-audio {}");
        assertThatThrownBy(() -> new TelehealthConsent(MEMBER, Modality.VIDEO, WEDNESDAY, WEDNESDAY.minusDays(1)))
                .hasMessage("invalid.withdrawnOn.consent-cannot-withdrawn-before {}");
    }

    @Test
    void svc5_a_consent_without_the_date_it_was_given_is_refused_at_that_field() {
        assertThatThrownBy(() -> new TelehealthConsent(MEMBER, Modality.TELEPHONE, null, null))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("givenOn"))
                .hasMessage("value.required {field=givenOn}");
    }

    @Test
    void svc6_absence_reason_counts_only_when_written() {
        ServiceDraft draft = draft(Modality.IN_PERSON, PlaceOfService.HOME);

        assertThat(draft.hasAbsenceReason()).isTrue();
        assertThat(ServiceDraft.start(MEMBER, PEER).build().hasAbsenceReason()).isFalse();
    }

    @Test
    void svc9_a_signed_note_cannot_be_edited_corrections_are_addenda() {
        PeerService signed =
                recorded().writeNote("Met at the facility", PEER).signNote(LocalDateTime.of(2026, 10, 15, 9, 0));
        PeerService corrected =
                signed.addAddendum("Time was 2 pm, not 3 pm", PEER, LocalDateTime.of(2026, 10, 16, 9, 0));

        assertThat(signed.status()).isEqualTo(ServiceStatus.NOTE_SIGNED);
        assertThat(signed.asDraft().noteSignedAt()).isEqualTo(LocalDateTime.of(2026, 10, 15, 9, 0));
        assertThat(corrected.addenda()).extracting(Addendum::text).containsExactly("Time was 2 pm, not 3 pm");
        assertThat(corrected.note().orElseThrow().text()).isEqualTo("Met at the facility");
        assertThatThrownBy(() -> signed.writeNote("changed", PEER))
                .isInstanceOfSatisfying(ServiceException.NoteSigned.class, e -> assertThat(e.code())
                        .isEqualTo("service.note-signed"));
        assertThatThrownBy(() -> signed.signNote(LocalDateTime.of(2026, 10, 16, 9, 0)))
                .isInstanceOf(ServiceException.NoteSigned.class);
        assertThatThrownBy(() -> recorded().addAddendum("x", PEER, LocalDateTime.of(2026, 10, 16, 9, 0)))
                .isInstanceOfSatisfying(ServiceException.NoteNotSigned.class, e -> assertThat(e.code())
                        .isEqualTo("service.note-not-signed"));
        assertThatThrownBy(() -> recorded().signNote(LocalDateTime.of(2026, 10, 16, 9, 0)))
                .hasMessage("invalid.note.write-progress-note-before {}");
    }

    @Test
    void svc9_a_service_is_voided_with_a_reason_and_then_never_changes() {
        PeerService voided = recorded().writeNote("Draft", PEER).voidService("Entered for the wrong member");

        assertThat(voided.status()).isEqualTo(ServiceStatus.VOIDED);
        assertThat(voided.voidReason()).contains("Entered for the wrong member");
        assertThat(voided.asDraft().voided()).isTrue();
        assertThat(voided.note()).isPresent();
        assertThatThrownBy(() -> voided.voidService("again"))
                .isInstanceOfSatisfying(
                        ServiceException.Voided.class, e -> assertThat(e.code()).isEqualTo("service.voided"));
        assertThatThrownBy(() -> recorded().voidService(" ")).hasMessage("value.required {field=voidReason}");
    }

    @Test
    void svc10_the_author_of_a_note_cannot_co_sign_it() {
        PeerService signed = recorded().writeNote("Note", PEER).signNote(LocalDateTime.of(2026, 10, 15, 9, 0));

        assertThatThrownBy(() -> signed.cosignNote(PEER, LocalDateTime.of(2026, 10, 16, 9, 0)))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("cosignedBy"))
                .hasMessage("invalid.cosignedBy.progress-note-co-signed {}");
    }

    @Test
    void svc10_the_supervisor_may_cosign_a_signed_note() {
        StaffId supervisor = StaffId.newId();
        PeerService cosigned = recorded()
                .writeNote("Note", PEER)
                .signNote(LocalDateTime.of(2026, 10, 15, 9, 0))
                .cosignNote(supervisor, LocalDateTime.of(2026, 10, 16, 14, 30));

        assertThat(cosigned.note().orElseThrow().cosignedBy()).isEqualTo(supervisor);
        assertThat(cosigned.note().orElseThrow().cosignedAt()).isEqualTo(LocalDateTime.of(2026, 10, 16, 14, 30));
        assertThat(cosigned.asDraft().noteCosigned()).isTrue();
        assertThatThrownBy(() ->
                        recorded().writeNote("Note", PEER).cosignNote(supervisor, LocalDateTime.of(2026, 10, 16, 9, 0)))
                .isInstanceOf(ServiceException.NoteNotSigned.class);
    }

    @Test
    void svc8_late_notes_are_flagged_by_their_deadline() {
        PeerService open = recorded().writeNote("Note", PEER);
        PeerService onTime = open.signNote(LocalDateTime.of(2026, 10, 19, 23, 0));
        PeerService late = open.signNote(LocalDateTime.of(2026, 10, 20, 8, 0));

        assertThat(onTime.isNoteLate(3, 24, Set.of(), LocalDateTime.of(2026, 12, 1, 0, 0)))
                .isFalse();
        assertThat(late.isNoteLate(3, 24, Set.of(), LocalDateTime.of(2026, 10, 20, 8, 0)))
                .isTrue();
        assertThat(open.isNoteLate(3, 24, Set.of(), LocalDateTime.of(2026, 10, 19, 12, 0)))
                .isFalse();
        assertThat(open.isNoteLate(3, 24, Set.of(), LocalDateTime.of(2026, 10, 20, 0, 0)))
                .isTrue();
        assertThatThrownBy(() -> ProgressNote.written(" ", PEER)).hasMessage("value.required {field=note}");
        assertThat(PeerService.restore(
                                open.id(), open.asDraft(), null, ServiceStatus.RECORDED, null, List.of(), null, 4)
                        .version())
                .isEqualTo(4);
    }

    private static ServiceDraft with(
            ServiceDraft d,
            @Nullable DeliverySystem system,
            @Nullable ServiceCode code,
            Set<ServiceComponent> components,
            @Nullable ServiceMinutes minutes) {
        return d.toBuilder()
                .under(system)
                .code(code)
                .components(components)
                .minutes(minutes)
                .build();
    }

    @Test
    void svc1_a_draft_is_built_by_intention_revealing_steps() {
        ServiceDraft draft =
                ServiceDraft.individual(MEMBER, PEER).on(WEDNESDAY).minutes(45).build();

        assertThat(draft.code()).isEqualTo(ServiceCode.H0038);
        assertThat(draft.minutes()).isEqualTo(ServiceMinutes.contactOnly(45));
        assertThat(draft.memberPresent()).isTrue();
        assertThat(draft.toBuilder().build()).isEqualTo(draft);
    }
}
