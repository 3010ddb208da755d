package org.peerpath.claim;

import static org.peerpath.shared.Dates.plain;

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

/** SVC-1 to SVC-10: the service itself, as far as it is filled in. */
final class ServiceRules implements RuleGroup {

    @Override
    public List<Finding> evaluate(ClaimContext c) {
        ServiceDraft s = c.service();
        List<Finding> findings = new ArrayList<>();
        // SVC-9: voided services stay on record and are never claimed
        if (s.voided()) {
            findings.add(Finding.block("SVC-9", "This service was voided: voided services are never claimed"));
        }
        enrollment(c, findings);
        // SVC-1: one or more components
        if (s.components().isEmpty()) {
            findings.add(
                    Finding.block(
                            "SVC-1",
                            "Choose at least one part of the service: skill-building group, engagement or therapeutic activity"));
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
            findings.add(Finding.block("SVC-7", "Choose the delivery system"));
        } else if (!c.facts().member().isEnrolledInOn(system, c.dateOfService())) {
            findings.add(Finding.block(
                    "SVC-7",
                    c.facts().member().name().fullName() + " was not enrolled in " + system.label() + " on "
                            + plain(c.dateOfService())));
        }
    }

    // SVC-2: H0025 for groups only, H0038 for individual services
    private static void code(ServiceDraft s, List<Finding> findings) {
        ServiceCode code = s.code();
        boolean group = s.groupSession() != null;
        if (code == null) {
            findings.add(Finding.block("SVC-2", "Choose the service code: H0038 (individual) or H0025 (group)"));
        } else if (code.isGroup() && !group) {
            findings.add(Finding.block("SVC-2", "H0025 is only for group activities: use H0038 for this service"));
        } else if (!code.isGroup() && group) {
            findings.add(Finding.block("SVC-2", "Group services are claimed as H0025, not H0038"));
        }
    }

    // SVC-3: 7 minutes or less is 0 units; SVC-2: by the unit basis of the code (15 minutes until one is chosen)
    private static void units(ServiceDraft s, CountySettings settings, List<Finding> findings) {
        ServiceMinutes minutes = s.minutes();
        ServiceCode code = s.code() != null ? s.code() : ServiceCode.H0038;
        if (minutes == null) {
            findings.add(Finding.block("SVC-3", "Enter the minutes of the service"));
        } else if (settings.unitsFor(minutes, code) == 0) {
            // the peer typed travel or documentation minutes the county does not count: say so
            boolean uncounted = settings.minuteCounting().leavesOut(minutes);
            findings.add(Finding.block(
                    "SVC-3",
                    settings.minuteCounting().counted(minutes)
                            + (uncounted
                                    ? " contact minutes give 0 units (your county does not count travel or"
                                            + " documentation minutes)"
                                    : " minutes give 0 units")
                            + ": 8 minutes or more are needed to claim"));
        }
    }

    // SVC-4, SVC-5: delivery mode and place of service; consent before telehealth
    private static void delivery(ClaimContext c, List<Finding> findings) {
        Modality modality = c.service().modality();
        PlaceOfService place = c.service().placeOfService();
        if (modality == null || place == null) {
            findings.add(Finding.block("SVC-4", "Choose how the service was delivered and the place of service"));
        } else {
            Delivery.problem(modality, place).ifPresent(problem -> findings.add(Finding.block("SVC-4", problem)));
        }
        if (modality != null && modality.isTelehealth()) {
            boolean consented = c.facts().telehealthConsents().stream()
                    .anyMatch(consent -> consent.coversOn(modality, c.dateOfService()));
            if (!consented) {
                findings.add(Finding.block(
                        "SVC-5",
                        "The member's consent to " + modality.label() + " services is not on record by "
                                + plain(c.dateOfService())));
            }
        }
    }

    // SVC-6: member absent only with a participant (collateral, or provider or agency contacted) and a reason
    private static void presence(ServiceDraft s, List<Finding> findings) {
        if (s.memberPresent()) {
            return;
        }
        if (!s.hasParticipants()) {
            findings.add(Finding.block(
                    "SVC-6",
                    "The member was not there: a family or support person, or a provider or agency contacted for"
                            + " the member, must have taken part"));
        }
        if (!s.hasAbsenceReason()) {
            findings.add(Finding.block("SVC-6", "The member was not there: say why"));
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
            findings.add(Finding.warn("SVC-8", "Write and sign the progress note by " + plain(dueAt.toLocalDate())));
        } else if (signedAt.isAfter(dueAt)) {
            findings.add(Finding.warn(
                    "SVC-8", "The progress note was signed late: it was due by " + plain(dueAt.toLocalDate())));
        }
        // SVC-10: an unsigned note cannot be co-signed yet, so it blocks just the same
        if (settings.supervisorCosignsNotes() && !s.noteCosigned()) {
            findings.add(Finding.block(
                    "SVC-10",
                    "Your county asks supervisors to co-sign progress notes: this note is not co-signed yet"));
        }
    }
}
