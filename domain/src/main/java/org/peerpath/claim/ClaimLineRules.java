package org.peerpath.claim;

import java.util.ArrayList;
import java.util.List;
import org.peerpath.shared.Message;

/** RPT-2: what the claim line needs besides the service: the rendering peer's NPI and the member's diagnosis. */
final class ClaimLineRules implements RuleGroup {

    @Override
    public List<Finding> evaluate(ClaimContext c) {
        List<Finding> findings = new ArrayList<>();
        if (c.facts().renderingNpi() == null) {
            findings.add(Finding.block("RPT-2", Message.RPT2_NO_NPI));
        }
        if (c.facts().diagnosisOn(c.dateOfService()).isEmpty()) {
            findings.add(Finding.block("RPT-2", Message.RPT2_NO_DIAGNOSIS));
        }
        return findings;
    }
}
