package org.peerpath.application.workforce.port.in;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.peerpath.credential.CertificationStatus;

/** CERT-4: one stretch of a certification's derived status, from {@code from} to {@code to} (open when null). */
public record StatusPeriod(
        LocalDate from,
        @Nullable LocalDate to,
        CertificationStatus status,
        @Nullable String reason) {}
