package org.peerpath.persistence.service;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDateTime;
import java.util.UUID;

/** One addendum to a signed note (SVC-9), a row of {@code peer_service_addendum}. */
@Embeddable
public class AddendumRow {

    @Column(nullable = false, length = 8000)
    private String text;

    @Column(name = "author_id", nullable = false)
    private UUID authorId;

    @Column(name = "written_at", nullable = false)
    private LocalDateTime writtenAt;

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public UUID getAuthorId() {
        return authorId;
    }

    public void setAuthorId(UUID authorId) {
        this.authorId = authorId;
    }

    public LocalDateTime getWrittenAt() {
        return writtenAt;
    }

    public void setWrittenAt(LocalDateTime writtenAt) {
        this.writtenAt = writtenAt;
    }
}
