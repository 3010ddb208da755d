package org.peerpath.persistence.staff;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StaffAccountJpaRepository extends JpaRepository<StaffAccountJpaEntity, UUID> {

    Optional<StaffAccountJpaEntity> findByUsername(String username);

    boolean existsByUsername(String username);

    @Query(
            value = "select * from staff_account where enabled and cast(:role as varchar(12)) = any(roles)"
                    + " order by display_name",
            nativeQuery = true)
    List<StaffAccountJpaEntity> findEnabledWithRole(String role);

    @Query(
            value =
                    "select exists(select 1 from staff_account where id = :id and cast(:role as varchar(12)) = any(roles))",
            nativeQuery = true)
    boolean hasRole(UUID id, String role);
}
