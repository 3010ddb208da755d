package org.peerpath.service;

import java.time.LocalDateTime;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.peerpath.shared.Field;
import org.peerpath.shared.StaffId;
import org.peerpath.shared.Text;

/** SVC-9: a correction linked to a signed note. */
public record Addendum(String text, StaffId author, LocalDateTime writtenAt) {

    public Addendum(@Nullable String text, StaffId author, LocalDateTime writtenAt) {
        this.text = Text.required(Field.ADDENDUM, text, ProgressNote.MAX_LENGTH);
        this.author = Objects.requireNonNull(author, "author");
        this.writtenAt = Objects.requireNonNull(writtenAt, "writtenAt");
    }
}
