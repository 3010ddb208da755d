package org.peerpath.county;

import org.peerpath.shared.DeliverySystem;
import org.peerpath.shared.DomainException;

/** A county profile change the rules forbid (CTY-1, CTY-2). */
public abstract sealed class CountyProfileException extends DomainException {

    CountyProfileException(String code, String message) {
        super(code, message);
    }

    /** CTY-1: a county opts into DMC or DMC-ODS, never both on the same day. */
    public static final class DmcAndDmcOds extends CountyProfileException {
        DmcAndDmcOds() {
            super(
                    "county.dmc-and-dmc-ods",
                    "A county offers DMC or DMC-ODS, never both on the same day: end one before the other starts");
        }
    }

    /** CTY-1: two opt-ins into the same delivery system cannot cover the same day. */
    public static final class OptInOverlap extends CountyProfileException {
        private final DeliverySystem deliverySystem;

        OptInOverlap(DeliverySystem deliverySystem) {
            super(
                    "county.opt-in-overlap",
                    "The county is already opted into " + deliverySystem.label() + " on those days");
            this.deliverySystem = deliverySystem;
        }

        public DeliverySystem deliverySystem() {
            return deliverySystem;
        }
    }

    /** CTY-2: rates only exist under delivery systems the county opted into. */
    public static final class NotOptedIn extends CountyProfileException {
        private final DeliverySystem deliverySystem;

        NotOptedIn(DeliverySystem deliverySystem) {
            super("county.not-opted-in", "The county has not opted into " + deliverySystem.label() + " on that day");
            this.deliverySystem = deliverySystem;
        }

        public DeliverySystem deliverySystem() {
            return deliverySystem;
        }
    }
}
