package org.peerpath.member;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The member left the program on {@code on}, for {@code reason}: off every caseload from then on, with every record
 * kept (MEM-3, CONF-4).
 */
public record Discharge(LocalDate on, String reason) {

    public static final int REASON_MAX_LENGTH = 300;

    public Discharge {
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(reason, "reason");
    }
}
