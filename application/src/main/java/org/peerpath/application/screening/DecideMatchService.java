package org.peerpath.application.screening;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.peerpath.application.audit.port.out.AuditAction;
import org.peerpath.application.audit.port.out.AuditEvent;
import org.peerpath.application.audit.port.out.AuditTrail;
import org.peerpath.application.screening.port.in.ConfirmMatchCommand;
import org.peerpath.application.screening.port.in.DecideMatchUseCase;
import org.peerpath.application.screening.port.in.DismissMatchCommand;
import org.peerpath.application.screening.port.in.ReinstateCommand;
import org.peerpath.application.screening.port.in.ScreeningDecision;
import org.peerpath.application.screening.port.in.ScreeningInputException;
import org.peerpath.application.screening.port.out.ScreeningStore;
import org.peerpath.application.screening.port.out.StoredResult;
import org.peerpath.application.shared.Actor;
import org.peerpath.application.shared.Clocks;
import org.peerpath.application.shared.ConcurrentChangeException;
import org.peerpath.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class DecideMatchService implements DecideMatchUseCase {

    private final ScreeningStore store;
    private final AuditTrail audit;
    private final Clock clock;

    DecideMatchService(ScreeningStore store, AuditTrail audit, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @RolesAllowed(Role.ADMIN_ROLE)
    public void confirm(ConfirmMatchCommand command) {
        LocalDate effectiveOn = command.effectiveOn();
        if (effectiveOn == null) {
            throw new ScreeningInputException("effectiveOn", ScreeningInputException.EFFECTIVE_ON_REQUIRED);
        }
        StoredResult task = openTask(command.match(), command.version());
        // SCR-2: a confirmed hit makes the person ineligible from its effective date
        store.saveDecision(task.confirm(command.actor().id(), clock.instant(), effectiveOn), command.version());
        record(
                command.actor(),
                AuditAction.SCREENING_MATCH_CONFIRMED,
                "SCR-2 " + task.list() + " match " + task.id() + " of " + task.personName() + " (" + task.person()
                        + ") confirmed, excluded from " + effectiveOn);
    }

    @Override
    @RolesAllowed(Role.ADMIN_ROLE)
    public void dismiss(DismissMatchCommand command) {
        String reason = command.reason() == null ? "" : command.reason().strip();
        if (reason.isEmpty()) {
            throw new ScreeningInputException("reason", ScreeningInputException.REASON_REQUIRED);
        }
        if (reason.length() > DismissMatchCommand.REASON_MAX) {
            throw new ScreeningInputException(
                    "reason",
                    ScreeningInputException.REASON_TOO_LONG,
                    java.util.Map.of("max", DismissMatchCommand.REASON_MAX));
        }
        StoredResult task = openTask(command.match(), command.version());
        // SCR-2: a name match that is another person is dismissed, and why is kept
        store.saveDecision(task.dismiss(command.actor().id(), clock.instant(), reason), command.version());
        record(
                command.actor(),
                AuditAction.SCREENING_MATCH_DISMISSED,
                "SCR-2 " + task.list() + " match " + task.id() + " of " + task.personName() + " (" + task.person()
                        + ") dismissed: " + reason);
    }

    @Override
    @RolesAllowed(Role.ADMIN_ROLE)
    public void reinstate(ReinstateCommand command) {
        LocalDate on = command.reinstatedOn();
        if (on == null) {
            throw new ScreeningInputException("reinstatedOn", ScreeningInputException.REINSTATED_ON_REQUIRED);
        }
        String reason = command.reason() == null ? "" : command.reason().strip();
        if (reason.isEmpty()) {
            throw new ScreeningInputException("reinstateReason", ScreeningInputException.REINSTATE_REASON_REQUIRED);
        }
        if (reason.length() > ReinstateCommand.REASON_MAX) {
            throw new ScreeningInputException(
                    "reinstateReason",
                    ScreeningInputException.REASON_TOO_LONG,
                    java.util.Map.of("max", ReinstateCommand.REASON_MAX));
        }
        StoredResult hit = store.findResult(command.match())
                .orElseThrow(() -> new ScreeningInputException("match", ScreeningInputException.NOT_FOUND));
        if (hit.version() != command.version()) {
            throw new ConcurrentChangeException("screening match");
        }
        if (!hit.isConfirmed()) {
            throw new ScreeningInputException("match", ScreeningInputException.NOT_CONFIRMED);
        }
        if (hit.reinstatedOn() != null) {
            throw new ScreeningInputException(
                    "reinstatedOn",
                    ScreeningInputException.ALREADY_REINSTATED,
                    java.util.Map.of("date", hit.reinstatedOn()));
        }
        if (on.isAfter(Clocks.today(clock))) {
            throw new ScreeningInputException("reinstatedOn", ScreeningInputException.REINSTATED_ON_IN_FUTURE);
        }
        LocalDate effective = java.util.Objects.requireNonNull(hit.effectiveOn(), "effectiveOn");
        if (!on.isAfter(effective)) {
            // SCR-2: a reinstatement lifts an exclusion that had begun
            throw new ScreeningInputException(
                    "reinstatedOn",
                    ScreeningInputException.REINSTATED_ON_NOT_AFTER_EXCLUSION,
                    java.util.Map.of("date", effective));
        }
        // SCR-2: eligible again from that date, so every confirmed hit of the person in force the day before is lifted
        // (the same exclusion is found again by every later run of the list)
        store.saveReinstatement(
                hit.reinstate(on, reason), command.version(), command.actor().id(), clock.instant(), reason);
        for (StoredResult other : store.matches(
                java.util.EnumSet.of(ScreeningDecision.CONFIRMED, ScreeningDecision.CONFIRMED_BY_LIST),
                Integer.MAX_VALUE)) {
            if (!other.id().equals(hit.id())
                    && other.person().equals(hit.person())
                    && other.reinstatedOn() == null
                    && other.effectiveOn() != null
                    && other.effectiveOn().isBefore(on)) {
                store.saveReinstatement(
                        other.reinstate(on, reason),
                        other.version(),
                        command.actor().id(),
                        clock.instant(),
                        reason);
            }
        }
        record(
                command.actor(),
                AuditAction.SCREENING_REINSTATED,
                "SCR-2 " + hit.list() + " match " + hit.id() + " of " + hit.personName() + " (" + hit.person()
                        + ") excluded from " + effective + ", reinstated from " + on + ": " + reason);
    }

    private StoredResult openTask(UUID id, long version) {
        StoredResult task = store.findResult(id)
                .orElseThrow(() -> new ScreeningInputException("match", ScreeningInputException.NOT_FOUND));
        if (task.version() != version) {
            throw new ConcurrentChangeException("screening match");
        }
        if (task.decision() != ScreeningDecision.OPEN) {
            throw new ScreeningInputException("match", ScreeningInputException.NOT_OPEN);
        }
        return task;
    }

    private void record(Actor actor, AuditAction action, String detail) {
        audit.record(new AuditEvent(clock.instant(), actor.id(), actor.username(), action, null, detail));
    }
}
