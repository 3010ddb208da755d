package org.peerpath.claim;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.peerpath.county.CountySettings;
import org.peerpath.service.Delivery;
import org.peerpath.service.Modality;
import org.peerpath.service.NoteDeadline;
import org.peerpath.service.PlaceOfService;
import org.peerpath.service.ServiceCode;
import org.peerpath.service.ServiceDraft;
import org.peerpath.service.ServiceMinutes;
import org.peerpath.shared.DeliverySystem;
import org.peerpath.shared.Message;

/** SVC-1 to SVC-10: the service itself, as far as it is filled in. */
final class ServiceRules implements RuleGroup {

    @Override
    public List<Finding> evaluate(ClaimContext c) {
        ServiceDraft s = c.service();
        List<Finding> findings = new ArrayList<>();
        // SVC-9: voided services stay on record and are never claimed
        if (s.voided()) {
            findings.add(Finding.block("SVC-9", Message.SVC9_VOIDED));
        }
        enrollment(c, findings);
        // SVC-1: one or more components
        if (s.components().isEmpty()) {
            findings.add(Finding.block("SVC-1", Message.SVC1_NO_COMPONENT));
        }
        code(s, findings);
        units(s, c.settings(), findings);
        delivery(c, findings);
        presence(s, findings);
        note(c, findings);
        return findings;
    }

    // SVC-7: a delivery system the member was enrolled in on the date of service (the county's opt-in is CTY-1)
    private static void enrollment(ClaimContext c, List<Finding> findings) {
        DeliverySystem system = c.service().deliverySystem();
        if (system == null) {
            findings.add(Finding.block("SVC-7", Message.SVC7_NO_DELIVERY_SYSTEM));
        } else if (!c.facts().member().isEnrolledInOn(system, c.dateOfService())) {
            findings.add(Finding.block(
                    "SVC-7",
                    Message.SVC7_NOT_ENROLLED,
                    c.facts().member().name().fullName(),
                    system,
                    c.dateOfService()));
        }
    }

    // SVC-2: H0025 for groups only, H0038 for individual services
    private static void code(ServiceDraft s, List<Finding> findings) {
        ServiceCode code = s.code();
        boolean group = s.groupSession() != null;
        if (code == null) {
            findings.add(Finding.block("SVC-2", Message.SVC2_NO_CODE));
        } else if (code.isGroup() && !group) {
            findings.add(Finding.block("SVC-2", Message.SVC2_H0025_INDIVIDUAL));
        } else if (!code.isGroup() && group) {
            findings.add(Finding.block("SVC-2", Message.SVC2_H0038_GROUP));
        }
    }

    // SVC-3: 7 minutes or less is 0 units; SVC-2: by the unit basis of the code (15 minutes until one is chosen)
    private static void units(ServiceDraft s, CountySettings settings, List<Finding> findings) {
        ServiceMinutes minutes = s.minutes();
        ServiceCode code = s.code() != null ? s.code() : ServiceCode.H0038;
        if (minutes == null) {
            findings.add(Finding.block("SVC-3", Message.SVC3_NO_MINUTES));
        } else if (settings.unitsFor(minutes, code) == 0) {
            // the peer typed travel or documentation minutes the county does not count: say so
            boolean uncounted = settings.minuteCounting().leavesOut(minutes);
            findings.add(Finding.block(
                    "SVC-3",
                    uncounted ? Message.SVC3_ZERO_UNITS_CONTACT_ONLY : Message.SVC3_ZERO_UNITS,
                    settings.minuteCounting().counted(minutes)));
        }
    }

    // SVC-4, SVC-5: delivery mode and place of service; consent before telehealth
    private static void delivery(ClaimContext c, List<Finding> findings) {
        Modality modality = c.service().modality();
        PlaceOfService place = c.service().placeOfService();
        if (modality == null || place == null) {
            findings.add(Finding.block("SVC-4", Message.SVC4_NO_DELIVERY));
        } else {
            Delivery.problem(modality, place)
                    .ifPresent(problem -> findings.add(Finding.block("SVC-4", problem, place.code())));
        }
        if (modality != null && modality.isTelehealth()) {
            boolean consented = c.facts().telehealthConsents().stream()
                    .anyMatch(consent -> consent.coversOn(modality, c.dateOfService()));
            if (!consented) {
                findings.add(Finding.block("SVC-5", Message.SVC5_NO_CONSENT, modality, c.dateOfService()));
            }
        }
    }

    // SVC-6: member absent only with a participant (collateral, or provider or agency contacted) and a reason
    private static void presence(ServiceDraft s, List<Finding> findings) {
        if (s.memberPresent()) {
            return;
        }
        if (!s.hasParticipants()) {
            findings.add(Finding.block("SVC-6", Message.SVC6_NO_PARTICIPANT));
        }
        if (!s.hasAbsenceReason()) {
            findings.add(Finding.block("SVC-6", Message.SVC6_NO_REASON));
        }
    }

    // SVC-8, SVC-10: the note on time, co-signed when the county asks for it
    private static void note(ClaimContext c, List<Finding> findings) {
        ServiceDraft s = c.service();
        CountySettings settings = c.settings();
        LocalDateTime dueAt = NoteDeadline.dueAt(
                c.dateOfService(),
                s.endedAt(),
                s.crisis(),
                settings.noteDueBusinessDays(),
                settings.crisisNoteDueHours(),
                c.facts().holidays());
        LocalDateTime signedAt = s.noteSignedAt();
        if (signedAt == null) {
            findings.add(Finding.warn("SVC-8", Message.SVC8_NOTE_DUE, dueAt.toLocalDate()));
        } else if (signedAt.isAfter(dueAt)) {
            findings.add(Finding.warn("SVC-8", Message.SVC8_NOTE_LATE, dueAt.toLocalDate()));
        }
        // SVC-10: an unsigned note cannot be co-signed yet, so it blocks just the same
        if (settings.supervisorCosignsNotes() && !s.noteCosigned()) {
            findings.add(Finding.block("SVC-10", Message.SVC10_NOT_COSIGNED));
        }
    }
}
