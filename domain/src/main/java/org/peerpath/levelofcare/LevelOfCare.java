package org.peerpath.levelofcare;

import java.util.EnumSet;
import java.util.Set;
import org.peerpath.shared.DeliverySystem;

/** The reference list of levels of care (LOC-1), each valid under the delivery systems it belongs to. */
public enum LevelOfCare {
    ASAM_0_5(DeliverySystem.DMC_ODS),
    ASAM_1_0(DeliverySystem.DMC, DeliverySystem.DMC_ODS),
    ASAM_2_1(DeliverySystem.DMC, DeliverySystem.DMC_ODS),
    ASAM_2_5(DeliverySystem.DMC_ODS),
    ASAM_3_1(DeliverySystem.DMC_ODS),
    ASAM_3_3(DeliverySystem.DMC_ODS),
    ASAM_3_5(DeliverySystem.DMC_ODS),
    ASAM_3_7(DeliverySystem.DMC_ODS),
    ASAM_4_0(DeliverySystem.DMC_ODS),
    WITHDRAWAL_MANAGEMENT(DeliverySystem.DMC_ODS),
    OTP_NTP(DeliverySystem.DMC, DeliverySystem.DMC_ODS),
    RECOVERY_SERVICES(DeliverySystem.DMC_ODS),
    SMHS_OUTPATIENT(DeliverySystem.SMHS),
    SMHS_CRISIS(DeliverySystem.SMHS),
    SMHS_RESIDENTIAL(DeliverySystem.SMHS),
    SMHS_INPATIENT(DeliverySystem.SMHS);

    private final Set<DeliverySystem> deliverySystems;

    LevelOfCare(DeliverySystem first, DeliverySystem... rest) {
        this.deliverySystems = EnumSet.of(first, rest);
    }

    public boolean belongsTo(DeliverySystem deliverySystem) {
        return deliverySystems.contains(deliverySystem);
    }
}
