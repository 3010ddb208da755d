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

    public UUID getPersonId() {
        return personId;
    }

    public void setPersonId(UUID personId) {
        this.personId = personId;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public @Nullable LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(@Nullable LocalDate endsOn) {
        this.endsOn = endsOn;
    }
}
