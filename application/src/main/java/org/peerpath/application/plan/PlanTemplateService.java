package org.peerpath.application.plan;

import jakarta.annotation.security.RolesAllowed;
import org.peerpath.application.audit.port.out.AuditAction;
import org.peerpath.application.plan.port.in.PlanRefusedException;
import org.peerpath.application.plan.port.in.PlanTemplate;
import org.peerpath.application.plan.port.in.PlanTemplateUseCase;
import org.peerpath.application.plan.port.in.SavePlanTemplateCommand;
import org.peerpath.application.shared.Actor;
import org.peerpath.application.shared.Versioned;
import org.peerpath.plan.PlanOfCare;
import org.peerpath.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * POC-6: the county's Plan of Care narrative template. Admins change it (saved over the version they read, so two
 * admins cannot overwrite each other silently); new plans start from it; the Santa Cruz template is the default.
 */
@Service
@Transactional
class PlanTemplateService implements PlanTemplateUseCase {

    private final PlanBook book;

    PlanTemplateService(PlanBook book) {
        this.book = book;
    }

    @Override
    @RolesAllowed({Role.ADMIN_ROLE, Role.PEER_ROLE, Role.SUPERVISOR_ROLE, Role.BHP_ROLE})
    public PlanTemplate current(Actor actor) {
        return book.templates()
                .find()
                .map(t -> new PlanTemplate(t.text(), t.version(), false, book.nameOf(t.by()), t.at()))
                .orElseGet(() ->
                        new PlanTemplate(PlanOfCare.SANTA_CRUZ_TEMPLATE, Versioned.NEVER_STORED, true, null, null));
    }

    @Override
    @RolesAllowed(Role.ADMIN_ROLE)
    public void save(SavePlanTemplateCommand command) {
        String text = command.text() == null ? "" : command.text().strip();
        if (text.isEmpty()) {
            throw PlanRefusedException.templateRequired();
        }
        if (text.length() > PlanOfCare.MAX_NARRATIVE_LENGTH) {
            throw PlanRefusedException.templateTooLong();
        }
        store(command.actor(), text, command.seenVersion());
    }

    @Override
    @RolesAllowed(Role.ADMIN_ROLE)
    public void restoreDefault(Actor actor, long seenVersion) {
        store(actor, PlanOfCare.SANTA_CRUZ_TEMPLATE, seenVersion);
    }

    private void store(Actor actor, String text, long seenVersion) {
        book.templates().save(text, seenVersion, actor.id(), book.clock().instant());
        book.record(
                actor,
                AuditAction.PLAN_TEMPLATE_CHANGED,
                null,
                "plan of care template, " + text.length() + " characters");
    }
}
