package org.peerpath.application.plan;

import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import org.peerpath.application.audit.port.out.AuditAction;
import org.peerpath.application.member.port.in.MemberNotFoundException;
import org.peerpath.application.plan.port.in.PlanRefusedException;
import org.peerpath.application.plan.port.in.RecordProgressCommand;
import org.peerpath.application.plan.port.in.RecordProgressUseCase;
import org.peerpath.application.plan.port.out.ProgressRepository;
import org.peerpath.goal.ProgressEntry;
import org.peerpath.member.Member;
import org.peerpath.shared.Field;
import org.peerpath.shared.InvalidValueException;
import org.peerpath.shared.Message;
import org.peerpath.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** GOAL-2: progress entries of a member's goals, recorded by the care team. */
@Service
@Transactional(noRollbackFor = MemberNotFoundException.class)
class GoalProgressService implements RecordProgressUseCase {

    private final PlanBook book;
    private final ProgressRepository progress;

    GoalProgressService(PlanBook book, ProgressRepository progress) {
        this.book = book;
        this.progress = progress;
    }

    @Override
    @RolesAllowed({Role.PEER_ROLE, Role.SUPERVISOR_ROLE, Role.BHP_ROLE})
    public void record(RecordProgressCommand command) {
        Member member = book.visibleMember(command.actor(), command.member())
                .orElseThrow(() -> new MemberNotFoundException(command.member()));
        boolean ownGoal = book.plans().plansOf(member.id()).stream().anyMatch(p -> p.hasGoal(command.goal()));
        if (!ownGoal) {
            throw PlanRefusedException.unknownGoal();
        }
        LocalDate on = command.on();
        if (on != null && on.isAfter(book.today())) {
            throw PlanRefusedException.progressInFuture();
        }
        if (command.rating() == null) {
            throw new InvalidValueException(Field.RATING, Message.RATING_RATING_FROM_0_10);
        }
        if (command.service() != null) {
            // GOAL-2: the optional link is to one of this member's services.
            book.requireServiceOf(member.id(), command.service());
        }
        ProgressEntry entry = new ProgressEntry(
                command.goal(), on, command.rating(), command.status(), command.note(), command.service());
        progress.add(member.id(), entry);
        book.record(
                command.actor(),
                AuditAction.GOAL_PROGRESS_RECORDED,
                member.id(),
                "goal " + command.goal().value() + " on " + on);
    }
}
