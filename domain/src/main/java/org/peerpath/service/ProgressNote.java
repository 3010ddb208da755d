package org.peerpath.service;

import java.time.LocalDateTime;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.peerpath.shared.Field;
import org.peerpath.shared.StaffId;
import org.peerpath.shared.Text;

/**
 * SVC-8: the one progress note of a service; signed means final (SVC-9). SVC-10: who co-signed it and when, where the
 * county asks for a supervisor's co-sign; a note co-signed before the time was kept has no {@code cosignedAt}.
 */
public record ProgressNote(
        String text,
        StaffId author,
        @Nullable LocalDateTime signedAt,
        @Nullable StaffId cosignedBy,
        @Nullable LocalDateTime cosignedAt) {

    public static final int MAX_LENGTH = 8000;

    public ProgressNote(
            @Nullable String text,
            StaffId author,
            @Nullable LocalDateTime signedAt,
            @Nullable StaffId cosignedBy,
            @Nullable LocalDateTime cosignedAt) {
        this.text = Text.required(Field.NOTE, text, MAX_LENGTH);
        this.author = Objects.requireNonNull(author, "author");
        this.signedAt = signedAt;
        this.cosignedBy = cosignedBy;
        this.cosignedAt = cosignedBy == null ? null : cosignedAt;
    }

    /** SVC-8: a note as written, not yet signed. */
    public static ProgressNote written(@Nullable String text, StaffId author) {
        return new ProgressNote(text, author, null, null, null);
    }

    public boolean isSigned() {
        return signedAt != null;
    }
}
