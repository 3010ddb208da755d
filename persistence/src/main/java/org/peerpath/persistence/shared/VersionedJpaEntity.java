package org.peerpath.persistence.shared;

import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.util.UUID;

/**
 * The key and optimistic version every aggregate's row carries. The key is the domain's ID, set once when the row is
 * created; the version is Hibernate's, raised on each change and compared by {@link VersionedSave} (D.2).
 */
@MappedSuperclass
public abstract class VersionedJpaEntity {

    @Id
    private UUID id;

    @Version
    private long version;

    protected VersionedJpaEntity() {}

    protected VersionedJpaEntity(UUID id) {
        this.id = id;
    }

    public UUID getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }
}
