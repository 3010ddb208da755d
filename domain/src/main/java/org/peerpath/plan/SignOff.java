package org.peerpath.plan;

import java.time.LocalDate;
import java.util.Objects;
import org.peerpath.shared.StaffId;

/** Who signed, co-signed or reviewed, and when. */
public record SignOff(StaffId by, LocalDate on) {

    public SignOff {
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(on, "on");
    }
}
