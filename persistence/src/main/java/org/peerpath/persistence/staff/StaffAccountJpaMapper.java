package org.peerpath.persistence.staff;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.peerpath.application.staff.port.in.StaffAccount;
import org.peerpath.application.staff.port.in.StaffSummary;
import org.peerpath.persistence.shared.MappingConfig;
import org.peerpath.shared.Role;
import org.peerpath.shared.StaffId;

@Mapper(config = MappingConfig.class)
interface StaffAccountJpaMapper {

    @Mapping(target = "id", source = "id.value")
    StaffAccountJpaEntity toEntity(StaffAccount account);

    /** Stored sorted, so that equal sets are equal arrays. */
    default String[] toRoleNames(Set<Role> roles) {
        return roles.stream().map(Enum::name).sorted().toArray(String[]::new);
    }

    default StaffAccount toAccount(StaffAccountJpaEntity entity) {
        return new StaffAccount(
                new StaffId(entity.getId()),
                entity.getUsername(),
                entity.getDisplayName(),
                entity.getPasswordHash(),
                Arrays.stream(entity.getRoles()).map(Role::valueOf).collect(Collectors.toUnmodifiableSet()),
                entity.isEnabled(),
                entity.isMustChangePassword(),
                entity.getLastSignInAt(),
                entity.getVersion());
    }

    default StaffSummary toSummary(StaffAccountJpaEntity entity) {
        return new StaffSummary(new StaffId(entity.getId()), entity.getDisplayName());
    }
}
