package org.peerpath.persistence.staff;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.peerpath.application.staff.port.in.StaffAccount;
import org.peerpath.application.staff.port.in.StaffSummary;
import org.peerpath.application.staff.port.out.StaffDirectory;
import org.peerpath.shared.Role;
import org.peerpath.shared.StaffId;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
@Transactional // joins the use case's transaction; opens its own when called alone
class StaffDirectoryAdapter implements StaffDirectory {

    private final StaffAccountJpaRepository jpa;
    private final StaffAccountJpaMapper mapper;
    private final EntityManager entityManager;

    StaffDirectoryAdapter(StaffAccountJpaRepository jpa, StaffAccountJpaMapper mapper, EntityManager entityManager) {
        this.jpa = jpa;
        this.mapper = mapper;
        this.entityManager = entityManager;
    }

    @Override
    public Optional<StaffAccount> findByUsername(String username) {
        return jpa.findByUsername(username).map(mapper::toAccount);
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
        entityManager.persist(mapper.toEntity(account));
        entityManager.flush();
    }
}
