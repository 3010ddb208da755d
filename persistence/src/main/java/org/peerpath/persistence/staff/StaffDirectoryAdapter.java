package org.peerpath.persistence.staff;

import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.peerpath.application.shared.ConcurrentChangeException;
import org.peerpath.application.staff.port.in.StaffAccount;
import org.peerpath.application.staff.port.in.StaffSummary;
import org.peerpath.application.staff.port.out.StaffDirectory;
import org.peerpath.persistence.shared.VersionedSave;
import org.peerpath.shared.Role;
import org.peerpath.shared.StaffId;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
@Transactional // joins the use case's transaction; opens its own when called alone
class StaffDirectoryAdapter implements StaffDirectory {

    private static final String RECORD = "staff account";

    private final StaffAccountJpaRepository jpa;
    private final StaffAccountJpaMapper mapper;
    private final EntityManager entityManager;
    private final JdbcClient jdbc;

    StaffDirectoryAdapter(
            StaffAccountJpaRepository jpa, StaffAccountJpaMapper mapper, EntityManager entityManager, JdbcClient jdbc) {
        this.jpa = jpa;
        this.mapper = mapper;
        this.entityManager = entityManager;
        this.jdbc = jdbc;
    }

    @Override
    public Optional<StaffAccount> findByUsername(String username) {
        return jpa.findByUsername(username).map(mapper::toAccount);
    }

    @Override
    public Optional<StaffAccount> findById(StaffId id) {
        return jpa.findById(id.value()).map(mapper::toAccount);
    }

    @Override
    public boolean existsByUsername(String username) {
        return jpa.existsByUsername(username);
    }

    @Override
    public boolean hasRole(StaffId staff, Role role) {
        return jpa.hasRole(staff.value(), role.name());
    }

    @Override
    public List<StaffSummary> withRole(Role role) {
        return jpa.findEnabledWithRole(role.name()).stream()
                .map(mapper::toSummary)
                .toList();
    }

    @Override
    public long count() {
        return jpa.count();
    }

    @Override
    public List<StaffAccount> all() {
        return jpa.findAll(Sort.by("displayName")).stream()
                .map(mapper::toAccount)
                .toList();
    }

    @Override
    public void save(StaffAccount account) {
        StaffAccountJpaEntity entity = mapper.toEntity(account);
        entity.setVersion(0);
        VersionedSave.persistOrFlush(entityManager, entity, true, RECORD);
    }

    @Override
    public void update(StaffAccount account) {
        StaffAccountJpaEntity stored =
                jpa.findById(account.id().value()).orElseThrow(() -> new ConcurrentChangeException(RECORD));
        if (stored.getVersion() != account.version()) {
            throw new ConcurrentChangeException(RECORD);
        }
        stored.setDisplayName(account.displayName());
        stored.setRoles(mapper.toEntity(account).getRoles());
        stored.setEnabled(account.enabled());
        stored.setPasswordHash(account.passwordHash());
        stored.setMustChangePassword(account.mustChangePassword());
        VersionedSave.persistOrFlush(entityManager, stored, false, RECORD);
    }

    @Override
    public void recordSignIn(StaffId id, Instant at) {
        jdbc.sql("update staff_account set last_sign_in_at = ? where id = ?")
                .params(Timestamp.from(at), id.value())
                .update();
    }
}
