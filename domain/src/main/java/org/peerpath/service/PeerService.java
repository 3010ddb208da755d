package org.peerpath.service;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.peerpath.plan.PlanOfCare;
import org.peerpath.plan.PlanOfCareId;
import org.peerpath.shared.Field;
import org.peerpath.shared.InvalidValueException;
import org.peerpath.shared.Message;
import org.peerpath.shared.ServiceId;
import org.peerpath.shared.StaffId;
import org.peerpath.shared.Text;

/**
 * A recorded peer service with its progress note (SVC). Recording needs the parts every claim line needs; whether it
 * is claimable is the claim check's answer (CHECK-1), not a recording error.
 */
public final class PeerService {

    private final ServiceId id;
    private final ServiceDraft details;
    private final @Nullable PlanOfCareId planVersion;
    private final ServiceStatus status;
    private final @Nullable ProgressNote note;
    private final List<Addendum> addenda;
    private final @Nullable String voidReason;
    private final long version;

    private PeerService(
            ServiceId id,
            ServiceDraft details,
            @Nullable PlanOfCareId planVersion,
            ServiceStatus status,
            @Nullable ProgressNote note,
            List<Addendum> addenda,
            @Nullable String voidReason,
            long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.details = Objects.requireNonNull(details, "details");
        this.planVersion = planVersion;
        this.status = Objects.requireNonNull(status, "status");
        this.note = note;
        this.addenda = List.copyOf(addenda);
        this.voidReason = voidReason;
        this.version = version;
    }

    /**
     * Records a service; date, delivery system, code, components (SVC-1), minutes and delivery (SVC-4) are needed.
     * POC-4: the service links to the member's Plan of Care version in force on its date, if any.
     */
    public static PeerService record(ServiceDraft draft, List<PlanOfCare> planVersions) {
        if (draft.dateOfService() == null) {
            throw new InvalidValueException(Field.DATE_OF_SERVICE, Message.DATE_OF_SERVICE_DATE_SERVICE_REQUIRED);
        }
        if (draft.deliverySystem() == null) {
            throw new InvalidValueException(Field.DELIVERY_SYSTEM, Message.DELIVERY_SYSTEM_CHOOSE_DELIVERY_SYSTEM);
        }
        if (draft.code() == null) {
            throw new InvalidValueException(Field.CODE, Message.CODE_CHOOSE_H0038_INDIVIDUAL_H0025);
        }
        if (draft.components().isEmpty()) {
            throw new InvalidValueException(Field.COMPONENTS, Message.COMPONENTS_CHOOSE_LEAST_ONE_SERVICE);
        }
        if (draft.minutes() == null) {
            throw new InvalidValueException(Field.CONTACT_MINUTES, Message.CONTACT_MINUTES_ENTER_MINUTES);
        }
        // SVC-4: refuses a missing or impossible modality / place of service pair at its field
        new Delivery(draft.modality(), draft.placeOfService());
        LocalDate date = Objects.requireNonNull(draft.dateOfService());
        PlanOfCareId inForce = PlanOfCare.versionInForceOn(
                        planVersions.stream()
                                .filter(plan -> plan.member().equals(draft.member()))
                                .toList(),
                        date)
                .map(PlanOfCare::id)
                .orElse(null);
        return new PeerService(
                ServiceId.newId(), withNote(draft, null), inForce, ServiceStatus.RECORDED, null, List.of(), null, 0);
    }

    /** Rebuilds a service from storage; for persistence adapters only. */
    public static PeerService restore(
            ServiceId id,
            ServiceDraft details,
            @Nullable PlanOfCareId planVersion,
            ServiceStatus status,
            @Nullable ProgressNote note,
            List<Addendum> addenda,
            @Nullable String voidReason,
            long version) {
        return new PeerService(id, details, planVersion, status, note, addenda, voidReason, version);
    }

    /** SVC-8: writes or rewrites the note while it is unsigned. */
    public PeerService writeNote(@Nullable String text, StaffId author) {
        requireNotVoided();
        if (status == ServiceStatus.NOTE_SIGNED) {
            throw new ServiceException.NoteSigned();
        }
        return new PeerService(
                id, details, planVersion, status, ProgressNote.written(text, author), addenda, null, version);
    }

    /** SVC-8, SVC-9: signing makes the note final. */
    public PeerService signNote(LocalDateTime signedAt) {
        requireNotVoided();
        if (status == ServiceStatus.NOTE_SIGNED) {
            throw new ServiceException.NoteSigned();
        }
        if (note == null) {
            throw new InvalidValueException(Field.NOTE, Message.NOTE_WRITE_PROGRESS_NOTE_BEFORE);
        }
        ProgressNote signed = new ProgressNote(note.text(), note.author(), signedAt, null, null);
        return new PeerService(
                id, withNote(details, signed), planVersion, ServiceStatus.NOTE_SIGNED, signed, addenda, null, version);
    }

    /** SVC-10: the supervisor co-signs a signed note (required only when the county turns it on). */
    public PeerService cosignNote(StaffId supervisor, LocalDateTime cosignedAt) {
        requireNotVoided();
        if (note == null || !note.isSigned()) {
            throw new ServiceException.NoteNotSigned();
        }
        if (supervisor.equals(note.author())) {
            throw new InvalidValueException(Field.COSIGNED_BY, Message.COSIGNED_BY_PROGRESS_NOTE_CO_SIGNED);
        }
        ProgressNote cosigned = new ProgressNote(note.text(), note.author(), note.signedAt(), supervisor, cosignedAt);
        return new PeerService(id, withNote(details, cosigned), planVersion, status, cosigned, addenda, null, version);
    }

    /** SVC-9: corrects a signed note by an addendum linked to it. */
    public PeerService addAddendum(@Nullable String text, StaffId author, LocalDateTime writtenAt) {
        requireNotVoided();
        if (status != ServiceStatus.NOTE_SIGNED) {
            throw new ServiceException.NoteNotSigned();
        }
        List<Addendum> updated = new ArrayList<>(addenda);
        updated.add(new Addendum(text, author, writtenAt));
        return new PeerService(id, details, planVersion, status, note, updated, null, version);
    }

    /** SVC-9: voids the service with a reason; it stays on record and is never claimed. */
    public PeerService voidService(@Nullable String reason) {
        requireNotVoided();
        String why = Text.required(Field.VOID_REASON, reason, 500);
        ServiceDraft voided = details.toBuilder().voided(true).build();
        return new PeerService(id, voided, planVersion, ServiceStatus.VOIDED, note, addenda, why, version);
    }

    /** SVC-8: whether the note was signed after its deadline, or is still unsigned after it ({@code asOf}). */
    public boolean isNoteLate(int businessDays, int crisisHours, Set<LocalDate> holidays, LocalDateTime asOf) {
        LocalDateTime dueAt = NoteDeadline.dueAt(
                Objects.requireNonNull(details.dateOfService()),
                details.endedAt(),
                details.crisis(),
                businessDays,
                crisisHours,
                holidays);
        LocalDateTime signedAt = note != null ? note.signedAt() : null;
        return signedAt != null ? signedAt.isAfter(dueAt) : asOf.isAfter(dueAt);
    }

    /** The service as the claim check reads it (CHECK-1). */
    public ServiceDraft asDraft() {
        return details;
    }

    public ServiceId id() {
        return id;
    }

    /** POC-4: the Plan of Care version in force on the date of service when it was recorded. */
    public Optional<PlanOfCareId> planVersion() {
        return Optional.ofNullable(planVersion);
    }

    public ServiceStatus status() {
        return status;
    }

    public Optional<ProgressNote> note() {
        return Optional.ofNullable(note);
    }

    public List<Addendum> addenda() {
        return addenda;
    }

    public Optional<String> voidReason() {
        return Optional.ofNullable(voidReason);
    }

    public long version() {
        return version;
    }

    private void requireNotVoided() {
        if (status == ServiceStatus.VOIDED) {
            throw new ServiceException.Voided();
        }
    }

    private static ServiceDraft withNote(ServiceDraft draft, @Nullable ProgressNote note) {
        return draft.toBuilder()
                .note(note == null ? null : note.signedAt(), note != null && note.cosignedBy() != null)
                .build();
    }
}
