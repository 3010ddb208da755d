package org.peerpath.persistence.shared;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;
import org.jspecify.annotations.Nullable;
import org.peerpath.application.shared.ConcurrentChangeException;
import org.peerpath.application.shared.Versioned;

/**
 * The one way an adapter writes a versioned row: only over the version the caller read, so that a stale save becomes a
 * {@link ConcurrentChangeException} at the port, as the in-memory fakes raise it (D.2). {@link #save} does it for a
 * history root (one row per owner with its dated rows: a peer's supervision or direction, a member's episodes or
 * recommendations); {@link #persistOrFlush} for an aggregate's row that its adapter has already compared.
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
        persistOrFlush(entityManager, root, stored.isEmpty(), record);
    }

    /**
     * Writes a new row or the changes to a stored one now, inside the caller's transaction, so that a concurrent save
     * surfaces here as a {@link ConcurrentChangeException}: another transaction saved the row between our read and
     * this flush, or two first saves of one new row met at its primary key and the key let one in.
     */
    public static void persistOrFlush(EntityManager entityManager, Object entity, boolean isNew, String record) {
        persistOrFlush(entityManager, entity, isNew, record, violation -> null);
    }

    /**
     * As {@link #persistOrFlush(EntityManager, Object, boolean, String)}; a constraint other than the primary key
     * becomes what {@code otherConstraint} makes of it (a project exception), or is rethrown when it makes nothing.
     */
    public static void persistOrFlush(
            EntityManager entityManager,
            Object entity,
            boolean isNew,
            String record,
            Function<ConstraintViolationException, @Nullable RuntimeException> otherConstraint) {
        try {
            if (isNew) {
                entityManager.persist(entity);
            }
            entityManager.flush();
        } catch (OptimisticLockException | StaleStateException e) {
            throw new ConcurrentChangeException(record);
        } catch (ConstraintViolationException e) {
            if (e.getConstraintName() != null && e.getConstraintName().endsWith("_pkey")) {
                throw new ConcurrentChangeException(record);
            }
            RuntimeException translated = otherConstraint.apply(e);
            throw translated != null ? translated : e;
        }
    }

    /** What every history entity offers to a save: its version and a way to replace its rows. */
    public interface HistoryRoot<R> {
        long getVersion();

        void replaceRows(List<R> rows);
    }
}
