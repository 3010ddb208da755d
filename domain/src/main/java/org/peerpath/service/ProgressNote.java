package org.peerpath.service;

import java.time.LocalDateTime;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.peerpath.shared.Field;
import org.peerpath.shared.StaffId;
import org.peerpath.shared.Text;

/** SVC-8: the one progress note of a service; signed means final (SVC-9). */
public record ProgressNote(
        String text,
        StaffId author,
        @Nullable LocalDateTime signedAt,
        @Nullable StaffId cosignedBy) {

    public static final int MAX_LENGTH = 8000;

    public ProgressNote(
            @Nullable String text, StaffId author, @Nullable LocalDateTime signedAt, @Nullable StaffId cosignedBy) {
        this.text = Text.required(Field.NOTE, text, MAX_LENGTH);
        this.author = Objects.requireNonNull(author, "author");
        this.signedAt = signedAt;
        this.cosignedBy = cosignedBy;
    }

    public boolean isSigned() {
        return signedAt != null;
    }
}
