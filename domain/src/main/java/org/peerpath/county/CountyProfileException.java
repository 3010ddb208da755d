package org.peerpath.county;

import org.peerpath.shared.DeliverySystem;
import org.peerpath.shared.DomainException;
import org.peerpath.shared.Field;
import org.peerpath.shared.FieldProblem;
import org.peerpath.shared.Message;

/**
 * A county profile change the rules forbid (CTY-1, CTY-2). Each concerns the delivery system chosen, so a form shows
 * it at that field.
 */
public abstract sealed class CountyProfileException extends DomainException implements FieldProblem {

    CountyProfileException(Message message, Object... args) {
        super(message, args);
    }

    @Override
    public String field() {
        return Field.DELIVERY_SYSTEM.key();
    }

    /** CTY-1: a county opts into DMC or DMC-ODS, never both on the same day. */
    public static final class DmcAndDmcOds extends CountyProfileException {
        DmcAndDmcOds() {
            super(Message.COUNTY_DMC_AND_DMC_ODS);
        }
    }

    /** CTY-1: two opt-ins into the same delivery system cannot cover the same day. */
    public static final class OptInOverlap extends CountyProfileException {
        private final DeliverySystem deliverySystem;

        OptInOverlap(DeliverySystem deliverySystem) {
            super(Message.COUNTY_OPT_IN_OVERLAP, deliverySystem);
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
            super(Message.COUNTY_NOT_OPTED_IN, deliverySystem);
            this.deliverySystem = deliverySystem;
        }

        public DeliverySystem deliverySystem() {
            return deliverySystem;
        }
    }
}
