package org.peerpath.persistence.shared;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;
import org.peerpath.application.shared.ConcurrentChangeException;
import org.peerpath.application.shared.Versioned;

/**
 * Saves a history root (one row per owner with its dated rows: a peer's supervision or direction, a member's episodes
 * or recommendations) only over the version the caller read, so that a stale save becomes a {@link
 * ConcurrentChangeException} at the port, as the in-memory fakes raise it.
 */
public final class VersionedSave {

    private VersionedSave() {}

    public static <R> void save(
            EntityManager entityManager,
            Optional<? extends HistoryRoot<R>> stored,
            Supplier<? extends HistoryRoot<R>> created,
            List<R> rows,
            long seenVersion,
            String record) {
        long current = stored.map(HistoryRoot::getVersion).orElse(Versioned.NEVER_STORED);
        if (current != seenVersion) {
            throw new ConcurrentChangeException(record);
        }
        HistoryRoot<R> root = stored.isPresent() ? stored.get() : created.get();
        root.replaceRows(rows);
        try {
            if (stored.isEmpty()) {
                entityManager.persist(root);
            }
            entityManager.flush();
        } catch (OptimisticLockException | StaleStateException e) {
            // Another transaction saved the history between our read and this flush.
            throw new ConcurrentChangeException(record);
        } catch (ConstraintViolationException e) {
            // Two first saves of one owner's history at once: the primary key lets one in.
            if (e.getConstraintName() != null && e.getConstraintName().endsWith("_pkey")) {
                throw new ConcurrentChangeException(record);
            }
            throw e;
        }
    }

    /** What every history entity offers to a save: its version and a way to replace its rows. */
    public interface HistoryRoot<R> {
        long getVersion();

        void replaceRows(List<R> rows);
    }
}
