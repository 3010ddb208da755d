package org.peerpath.application.supervision.port.in;

import java.time.LocalDate;
import java.util.Map;
import org.peerpath.shared.DomainException;
import org.peerpath.shared.FieldProblem;

/** A supervision or direction assignment that cannot be made, tied to the input it concerns (SUP-1, DIR-2). */
public final class AssignmentRefusedException extends DomainException implements FieldProblem {

    public static final String PERSON_REQUIRED = "team.assignment.person-required";
    public static final String NOT_ELIGIBLE = "team.assignment.not-eligible";
    public static final String START_REQUIRED = "team.assignment.start-required";
    public static final String STARTS_TOO_EARLY = "team.assignment.starts-too-early";
    public static final String PEER_NOT_ELIGIBLE = "team.assignment.peer-not-eligible";

    private final String field;

    private AssignmentRefusedException(String code, String field, Map<String, ?> args) {
        super(code, args);
        this.field = field;
    }

    /** Nobody was chosen for {@code field}. */
    public static AssignmentRefusedException personRequired(String field) {
        return new AssignmentRefusedException(PERSON_REQUIRED, field, Map.of());
    }

    /** The person chosen is disabled or lacks the role the position needs: only enabled accounts are assigned. */
    public static AssignmentRefusedException notEligible(String field) {
        return new AssignmentRefusedException(NOT_ELIGIBLE, field, Map.of());
    }

    /** The peer is disabled or no peer at all. */
    public static AssignmentRefusedException peerNotEligible() {
        return new AssignmentRefusedException(PEER_NOT_ELIGIBLE, "peer", Map.of());
    }

    public static AssignmentRefusedException startRequired() {
        return new AssignmentRefusedException(START_REQUIRED, "startsOn", Map.of());
    }

    /** SUP-1: assignments follow each other; a new one starts after {@code after}. */
    public static AssignmentRefusedException startsTooEarly(LocalDate after) {
        return new AssignmentRefusedException(STARTS_TOO_EARLY, "startsOn", Map.of("after", after));
    }

    @Override
    public String field() {
        return field;
    }
}
