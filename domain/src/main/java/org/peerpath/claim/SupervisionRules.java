package org.peerpath.claim;

import java.util.List;
import java.util.Optional;
import org.peerpath.shared.Message;
import org.peerpath.shared.StaffId;
import org.peerpath.supervision.Supervisor;
import org.peerpath.supervision.TrainingClock;

/** SUP-1 to SUP-3: a qualified supervisor, trained in time, on the date of service. */
final class SupervisionRules implements RuleGroup {

    @Override
    public List<Finding> evaluate(ClaimContext c) {
        Optional<StaffId> supervisor = c.supervisor();
        // SUP-1: one current supervisor
        if (supervisor.isEmpty()) {
            return List.of(Finding.block("SUP-1", Message.SUP1_NONE, c.dateOfService()));
        }
        Optional<Supervisor> record = c.facts().supervisor(supervisor.get());
        // SUP-2: the supervisor's qualification must be on record
        if (record.isEmpty()) {
            return List.of(Finding.block("SUP-2", Message.SUP2_NO_RECORD));
        }
        // SUP-3: training within the county's grace (at most 60 days) of starting to supervise, alert from its alert
        // day
        TrainingClock clock = record.get()
                .trainingOn(
                        c.dateOfService(),
                        c.settings().supervisorTrainingGraceDays(),
                        c.settings().supervisorTrainingAlertDay());
        return switch (clock.status()) {
            case OVERDUE -> List.of(Finding.block("SUP-3", Message.SUP3_OVERDUE, clock.dueBy()));
            case ALERT -> List.of(Finding.warn("SUP-3", Message.SUP3_DUE, clock.dueBy()));
            case COMPLETED, DUE -> List.of();
        };
    }
}
