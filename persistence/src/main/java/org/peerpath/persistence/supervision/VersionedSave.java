package org.peerpath.persistence.supervision;

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
 * Saves a history root only over the version the caller read, so that a stale save becomes a {@link
 * ConcurrentChangeException} at the port, as the in-memory fake raises it.
 */
final class VersionedSave {

    private VersionedSave() {}

    static void save(
            EntityManager entityManager,
            Optional<? extends HistoryRoot> stored,
            Supplier<? extends HistoryRoot> created,
            List<AssignmentRow> rows,
            long seenVersion,
            String record) {
        long current = stored.map(HistoryRoot::getVersion).orElse(Versioned.NEVER_STORED);
        if (current != seenVersion) {
            throw new ConcurrentChangeException(record);
        }
        HistoryRoot root = stored.isPresent() ? stored.get() : created.get();
        root.replaceAssignments(rows);
        try {
            if (stored.isEmpty()) {
                entityManager.persist(root);
            }
            entityManager.flush();
        } catch (OptimisticLockException | StaleStateException e) {
            // Another transaction saved the history between our read and this flush.
            throw new ConcurrentChangeException(record);
        } catch (ConstraintViolationException e) {
            // Two first saves of one peer's history at once: the primary key lets one in.
            if (e.getConstraintName() != null && e.getConstraintName().endsWith("_pkey")) {
                throw new ConcurrentChangeException(record);
            }
            throw e;
        }
    }

    /** What both history entities offer to a save. */
    interface HistoryRoot {
        long getVersion();

        void replaceAssignments(List<AssignmentRow> rows);
    }
}
