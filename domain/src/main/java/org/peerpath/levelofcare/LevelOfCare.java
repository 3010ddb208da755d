package org.peerpath.levelofcare;

import java.util.EnumSet;
import java.util.Set;
import org.peerpath.shared.DeliverySystem;

/** The reference list of levels of care (LOC-1), each valid under the delivery systems it belongs to. */
public enum LevelOfCare {
    ASAM_0_5("ASAM 0.5 Early intervention", DeliverySystem.DMC_ODS),
    ASAM_1_0("ASAM 1.0 Outpatient", DeliverySystem.DMC, DeliverySystem.DMC_ODS),
    ASAM_2_1("ASAM 2.1 Intensive outpatient", DeliverySystem.DMC, DeliverySystem.DMC_ODS),
    ASAM_2_5("ASAM 2.5 Partial hospitalization", DeliverySystem.DMC_ODS),
    ASAM_3_1("ASAM 3.1 Residential, low intensity", DeliverySystem.DMC_ODS),
    ASAM_3_3("ASAM 3.3 Residential, population specific", DeliverySystem.DMC_ODS),
    ASAM_3_5("ASAM 3.5 Residential, high intensity", DeliverySystem.DMC_ODS),
    ASAM_3_7("ASAM 3.7 Medically monitored inpatient", DeliverySystem.DMC_ODS),
    ASAM_4_0("ASAM 4.0 Medically managed inpatient", DeliverySystem.DMC_ODS),
    WITHDRAWAL_MANAGEMENT("Withdrawal management", DeliverySystem.DMC_ODS),
    OTP_NTP("Opioid / narcotic treatment program", DeliverySystem.DMC, DeliverySystem.DMC_ODS),
    RECOVERY_SERVICES("Recovery services", DeliverySystem.DMC_ODS),
    SMHS_OUTPATIENT("Outpatient", DeliverySystem.SMHS),
    SMHS_CRISIS("Crisis services", DeliverySystem.SMHS),
    SMHS_RESIDENTIAL("Residential", DeliverySystem.SMHS),
    SMHS_INPATIENT("Inpatient", DeliverySystem.SMHS);

    private final String label;
    private final Set<DeliverySystem> deliverySystems;

    LevelOfCare(String label, DeliverySystem first, DeliverySystem... rest) {
        this.label = label;
        this.deliverySystems = EnumSet.of(first, rest);
    }

    public String label() {
        return label;
    }

    public boolean belongsTo(DeliverySystem deliverySystem) {
        return deliverySystems.contains(deliverySystem);
    }
}
