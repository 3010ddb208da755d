package org.peerpath.application.workforce;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.peerpath.application.audit.port.out.AuditAction;
import org.peerpath.application.audit.port.out.AuditEvent;
import org.peerpath.application.audit.port.out.AuditTrail;
import org.peerpath.application.county.port.out.CountyProfileRepository;
import org.peerpath.application.shared.Actor;
import org.peerpath.application.shared.Clocks;
import org.peerpath.application.shared.Versioned;
import org.peerpath.application.staff.port.in.StaffAccount;
import org.peerpath.application.staff.port.out.StaffDirectory;
import org.peerpath.application.supervision.port.in.AssignmentSummary;
import org.peerpath.application.supervision.port.out.PeerDirectionRepository;
import org.peerpath.application.supervision.port.out.PeerSupervisionRepository;
import org.peerpath.application.workforce.port.in.DesignatePeerCommand;
import org.peerpath.application.workforce.port.in.RecordSkillsReviewCommand;
import org.peerpath.application.workforce.port.in.RecordStaffingUseCase;
import org.peerpath.application.workforce.port.in.StaffAssignment;
import org.peerpath.application.workforce.port.in.StaffAssignment.Kind;
import org.peerpath.application.workforce.port.in.StaffRecord;
import org.peerpath.application.workforce.port.in.StaffingDetails;
import org.peerpath.application.workforce.port.in.StaffingQueries;
import org.peerpath.application.workforce.port.in.WorkforceInputException;
import org.peerpath.application.workforce.port.out.StaffRecordRepository;
import org.peerpath.application.workforce.port.out.StaffingRecordRepository;
import org.peerpath.county.CountyPolicyProfile;
import org.peerpath.county.CountySettings;
import org.peerpath.county.PeerDesignation;
import org.peerpath.county.SkillsReviews;
import org.peerpath.county.StaffingRules;
import org.peerpath.shared.Field;
import org.peerpath.shared.Role;
import org.peerpath.shared.StaffId;
import org.peerpath.supervision.DirectingBhpAssignment;
import org.peerpath.supervision.ProgramSite;
import org.peerpath.supervision.SupervisionAssignment;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staffing part of a staff record: the person's supervision and direction assignments read from their stored
 * history (SUP-1, DIR-2, CTY-5), and the county designations and skills reviews (CTY-3, CTY-4) recorded where the
 * county profile asks for them. Every read and change is audited.
 */
@Service
@Transactional
class StaffingService implements RecordStaffingUseCase, StaffingQueries {

    static final String REQUIRED = "workforce.error.required";
    static final String NUMBER_REQUIRED = "workforce.error.number-required";
    static final String REVIEW_IN_FUTURE = "workforce.error.review-in-future";
    static final String REVIEW_TWICE = "workforce.error.review-twice";
    static final String NOT_A_PEER = "workforce.error.not-a-peer";

    private final StaffDirectory staff;
    private final StaffRecordRepository records;
    private final StaffingRecordRepository staffing;
    private final PeerSupervisionRepository supervision;
    private final PeerDirectionRepository direction;
    private final CountyProfileRepository countyProfiles;
    private final AuditTrail audit;
    private final Clock clock;

    StaffingService(
            StaffDirectory staff,
            StaffRecordRepository records,
            StaffingRecordRepository staffing,
            PeerSupervisionRepository supervision,
            PeerDirectionRepository direction,
            CountyProfileRepository countyProfiles,
            AuditTrail audit,
            Clock clock) {
        this.staff = staff;
        this.records = records;
        this.staffing = staffing;
        this.supervision = supervision;
        this.direction = direction;
        this.countyProfiles = countyProfiles;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @RolesAllowed(Role.ADMIN_ROLE)
    public void designate(DesignatePeerCommand command) {
        requirePeer(command.peer());
        if (command.trainingHours() == null) {
            throw new WorkforceInputException(Field.TRAINING_HOURS.key(), NUMBER_REQUIRED);
        }
        if (command.monthsInRecovery() == null) {
            throw new WorkforceInputException(Field.RECOVERY.key(), NUMBER_REQUIRED);
        }
        // CTY-3: the domain refuses a designation without 75 h, HS/GED and a year of recovery
        PeerDesignation designation = new PeerDesignation(
                command.peer(),
                command.trainingHours(),
                command.highSchoolOrHigher(),
                command.monthsInRecovery(),
                command.designatedOn());
        staffing.addDesignation(designation, command.actor().id(), clock.instant());
        audit(
                command.actor(),
                AuditAction.PEER_DESIGNATION_RECORDED,
                "CTY-3 staff " + command.peer() + " designated on " + designation.designatedOn());
    }

    @Override
    @RolesAllowed(Role.ADMIN_ROLE)
    public void recordSkillsReview(RecordSkillsReviewCommand command) {
        requirePeer(command.peer());
        LocalDate on = command.reviewedOn();
        if (on == null) {
            throw new WorkforceInputException("reviewedOn", REQUIRED);
        }
        if (on.isAfter(Clocks.today(clock))) {
            throw new WorkforceInputException("reviewedOn", REVIEW_IN_FUTURE);
        }
        if (staffing.skillsReviewsOf(command.peer()).contains(on)) {
            throw new WorkforceInputException("reviewedOn", REVIEW_TWICE);
        }
        staffing.addSkillsReview(command.peer(), on, command.actor().id(), clock.instant());
        audit(
                command.actor(),
                AuditAction.SKILLS_REVIEW_RECORDED,
                "CTY-4 staff " + command.peer() + " skills reviewed on " + on);
    }

    @Override
    @RolesAllowed(Role.ADMIN_ROLE)
    public Optional<StaffingDetails> staffingOf(Actor actor, StaffId id) {
        Optional<StaffAccount> account = staff.findById(id);
        if (account.isEmpty()) {
            return Optional.empty();
        }
        LocalDate today = Clocks.today(clock);
        StaffRecord record = records.find(id).map(Versioned::value).orElse(StaffRecord.EMPTY);
        StaffingRules rules = settings().staffing();
        List<LocalDate> reviews = staffing.skillsReviewsOf(id);
        Optional<SkillsReviews> skills = skillsReviews(id, record, reviews);
        audit(
                actor,
                AuditAction.STAFF_RECORD_VIEWED,
                "staff " + id + " assignments and staffing (SUP-1, DIR-2, CTY-3..5)");
        return Optional.of(new StaffingDetails(
                rules,
                record.programSite() == null ? null : record.programSite().name(),
                assignmentsOf(id, account.get(), today),
                staffing.designationsOf(id),
                skills.map(SkillsReviews::hiredOn).orElse(null),
                reviews.stream().sorted(Comparator.reverseOrder()).toList(),
                skills.map(s -> s.nextDueOn(today)).orElse(null),
                skills.map(s -> s.isOverdueOn(today)).orElse(false),
                today));
    }

    /**
     * CTY-4: the reviews with the hire date of the staff record (the assessment at hire falls due on it); with no hire
     * date recorded, the first review stands for the assessment at hire.
     */
    static Optional<SkillsReviews> skillsReviews(StaffId peer, StaffRecord record, List<LocalDate> reviews) {
        @Nullable LocalDate hired = record.startedOn();
        if (hired == null) {
            hired = reviews.stream().min(Comparator.naturalOrder()).orElse(null);
        }
        return hired == null ? Optional.empty() : Optional.of(new SkillsReviews(peer, hired, reviews));
    }

    private List<StaffAssignment> assignmentsOf(StaffId id, StaffAccount account, LocalDate today) {
        List<StaffAssignment> found = new ArrayList<>();
        if (account.roles().contains(Role.PEER)) {
            for (SupervisionAssignment a : supervision.findByPeer(id).value().assignments()) {
                found.add(supervised(Kind.SUPERVISED_BY, a.supervisor(), a, today));
            }
            for (DirectingBhpAssignment a : direction.findByPeer(id).value().assignments()) {
                found.add(directed(Kind.DIRECTED_BY, a.bhp(), a, today));
            }
        }
        if (account.roles().contains(Role.SUPERVISOR) || account.roles().contains(Role.BHP)) {
            for (StaffAccount peer : staff.all()) {
                if (peer.id().equals(id) || !peer.roles().contains(Role.PEER)) {
                    continue;
                }
                supervision.findByPeer(peer.id()).value().assignments().stream()
                        .filter(a -> a.supervisor().equals(id))
                        .forEach(a -> found.add(supervised(Kind.SUPERVISES, peer.id(), a, today)));
                direction.findByPeer(peer.id()).value().assignments().stream()
                        .filter(a -> a.bhp().equals(id))
                        .forEach(a -> found.add(directed(Kind.DIRECTS, peer.id(), a, today)));
            }
        }
        return found.stream()
                .sorted(Comparator.comparing(StaffAssignment::kind)
                        .thenComparing(StaffAssignment::startsOn, Comparator.reverseOrder())
                        .thenComparing(StaffAssignment::otherName))
                .toList();
    }

    private StaffAssignment supervised(Kind kind, StaffId other, SupervisionAssignment a, LocalDate today) {
        return new StaffAssignment(
                kind,
                other,
                nameOf(other),
                a.startsOn(),
                a.endsOn(),
                AssignmentSummary.standingOn(today, a.startsOn(), a.endsOn()),
                site(a.peerSite()),
                site(a.supervisorSite()),
                a.isSameSite());
    }

    private StaffAssignment directed(Kind kind, StaffId other, DirectingBhpAssignment a, LocalDate today) {
        return new StaffAssignment(
                kind,
                other,
                nameOf(other),
                a.startsOn(),
                a.endsOn(),
                AssignmentSummary.standingOn(today, a.startsOn(), a.endsOn()),
                null,
                null,
                true);
    }

    private String nameOf(StaffId id) {
        return staff.findById(id).map(StaffAccount::displayName).orElse(id.toString());
    }

    private static @Nullable String site(@Nullable ProgramSite site) {
        return site == null ? null : site.name();
    }

    private void requirePeer(StaffId peer) {
        if (!staff.hasRole(peer, Role.PEER)) {
            throw new WorkforceInputException("peer", NOT_A_PEER);
        }
    }

    private CountySettings settings() {
        return countyProfiles.find().map(CountyPolicyProfile::settings).orElseGet(CountySettings::defaults);
    }

    private void audit(Actor actor, AuditAction action, String detail) {
        audit.record(new AuditEvent(clock.instant(), actor.id(), actor.username(), action, null, detail));
    }
}
