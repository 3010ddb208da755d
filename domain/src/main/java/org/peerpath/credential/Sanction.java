package org.peerpath.credential;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.peerpath.shared.Dates;
import org.peerpath.shared.Field;
import org.peerpath.shared.InvalidValueException;
import org.peerpath.shared.Message;
import org.peerpath.shared.Text;

/** A suspension or revocation set by an admin (CERT-4). A suspension may be lifted; a revocation is final. */
public record Sanction(
        Kind kind,
        LocalDate effectiveOn,
        String reason,
        @Nullable LocalDate liftedOn) {

    public enum Kind {
        SUSPENSION,
        REVOCATION
    }

    public Sanction(Kind kind, @Nullable LocalDate effectiveOn, @Nullable String reason, @Nullable LocalDate liftedOn) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.effectiveOn = Dates.required(Field.EFFECTIVE_ON, effectiveOn);
        this.reason = Text.required(Field.REASON, reason, 500);
        if (liftedOn != null && (kind == Kind.REVOCATION || !liftedOn.isAfter(effectiveOn))) {
            throw new InvalidValueException(Field.LIFTED_ON, Message.LIFTED_ON_ONLY_SUSPENSION_LIFTED_ONLY);
        }
        this.liftedOn = liftedOn;
    }

    public boolean appliesOn(LocalDate date) {
        return !date.isBefore(effectiveOn) && (liftedOn == null || date.isBefore(liftedOn));
    }

    Sanction liftOn(LocalDate date) {
        return new Sanction(kind, effectiveOn, reason, date);
    }
}
