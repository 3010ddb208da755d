package org.peerpath.persistence.shared;

import org.mapstruct.MapperConfig;
import org.mapstruct.MappingConstants;
import org.mapstruct.ReportingPolicy;

/**
 * The one MapStruct configuration every mapper uses: a Spring bean, and a build that fails when a property on
 * either side is left unmapped, so that a column added to an entity or a component added to a snapshot cannot be
 * silently dropped. A mapper that leaves a property out on purpose says so with {@code ignore = true} and a reason.
 */
@MapperConfig(
        componentModel = MappingConstants.ComponentModel.SPRING,
        unmappedTargetPolicy = ReportingPolicy.ERROR,
        unmappedSourcePolicy = ReportingPolicy.ERROR,
        typeConversionPolicy = ReportingPolicy.ERROR)
public interface MappingConfig {}
