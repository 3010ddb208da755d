package org.peerpath.persistence.service;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDateTime;
import java.util.UUID;

/** One addendum to a signed note (SVC-9), a row of {@code peer_service_addendum}. */
@Embeddable
public class AddendumRow {

    @Column(nullable = false, length = 8000)
    String text;

    @Column(name = "author_id", nullable = false)
    UUID authorId;

    @Column(name = "written_at", nullable = false)
    LocalDateTime writtenAt;
}
