package org.peerpath.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.peerpath.screening.ScreeningHistory;
import org.peerpath.screening.ScreeningResult;
import org.peerpath.shared.Message;
import org.peerpath.shared.StaffId;
import org.peerpath.supervision.PeerSupervision;
import org.peerpath.supervision.SupervisionAssignment;
import org.peerpath.supervision.Supervisor;

/**
 * POC-2, POC-3: who may co-sign, review or return a peer's Plan of Care on a date: a Peer Support Specialist Supervisor
 * qualified that day (SUP-2 on record, SUP-3 compliant, not excluded under SCR-2) and, when the county asks for it
 * ({@code ownSupervisorOnly}, on by default), the peer's own supervisor that day.
 *
 * @param supervision the peer's supervision history
 * @param supervisors qualification records of supervisors
 * @param screening screening results of the supervisors
 * @param trainingGraceDays SUP-3: the county's grace for the supervisory training
 * @param trainingAlertDay SUP-3: the county's alert day
 * @param ownSupervisorOnly POC-2 setting coSignByOwnSupervisor
 */
public record SignOffAuthority(
        PeerSupervision supervision,
        List<Supervisor> supervisors,
        List<ScreeningResult> screening,
        int trainingGraceDays,
        int trainingAlertDay,
        boolean ownSupervisorOnly) {

    public SignOffAuthority {
        Objects.requireNonNull(supervision, "supervision");
        supervisors = List.copyOf(supervisors);
        screening = List.copyOf(screening);
    }

    /** POC-2: refuses, naming why, a sign-off by {@code supervisor} on {@code on} for the plan of {@code peer}. */
    void requireMaySignOff(StaffId supervisor, StaffId peer, LocalDate on) {
        boolean isPeersSupervisor = supervision.peer().equals(peer)
                && supervision
                        .assignmentOn(on)
                        .map(SupervisionAssignment::supervisor)
                        .filter(supervisor::equals)
                        .isPresent();
        if (ownSupervisorOnly && !isPeersSupervisor) {
            throw new PlanOfCareException.NotAllowed(Message.PLAN_NOT_PEERS_SUPERVISOR);
        }
        Optional<Supervisor> record =
                supervisors.stream().filter(s -> s.staff().equals(supervisor)).findFirst();
        // SUP-2: a qualified Peer Support Specialist Supervisor
        if (record.isEmpty() || supervisor.equals(peer)) {
            throw new PlanOfCareException.NotAllowed(Message.PLAN_SUPERVISOR_NOT_QUALIFIED);
        }
        // SUP-3: trained in time, judged for the sign-off date
        if (!record.get().trainingOn(on, trainingGraceDays, trainingAlertDay).isCompliant()) {
            throw new PlanOfCareException.NotAllowed(Message.PLAN_SUPERVISOR_TRAINING_OVERDUE);
        }
        // SCR-2: an excluded person cannot supervise
        if (new ScreeningHistory(supervisor, screening).exclusionOn(on).isPresent()) {
            throw new PlanOfCareException.NotAllowed(Message.PLAN_SUPERVISOR_EXCLUDED);
        }
    }
}
