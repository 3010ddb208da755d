package org.peerpath.persistence.supervision;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One dated assignment of a history: who (supervisor or BHP, by the owning table's column) and from when to when. */
@Embeddable
public class AssignmentRow {

    @Column(name = "person_id", nullable = false)
    private UUID personId;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on")
    private @Nullable LocalDate endsOn;

    protected AssignmentRow() {}

    AssignmentRow(UUID personId, LocalDate startsOn, @Nullable LocalDate endsOn) {
        this.personId = personId;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
    }

    UUID personId() {
        return personId;
    }

    LocalDate startsOn() {
        return startsOn;
    }

    @Nullable
    LocalDate endsOn() {
        return endsOn;
    }
}
