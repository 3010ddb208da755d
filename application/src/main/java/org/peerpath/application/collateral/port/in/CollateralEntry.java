package org.peerpath.application.collateral.port.in;

import org.jspecify.annotations.Nullable;
import org.peerpath.collateral.Relationship;

/** What a form says about a collateral (COL-1), as typed; the domain checks it and names the field it refuses. */
public record CollateralEntry(
        @Nullable String givenName,
        @Nullable String familyName,
        @Nullable Relationship relationship,
        @Nullable String phone,
        @Nullable String email,
        @Nullable String address,
        @Nullable String language) {}
