package org.peerpath.claim;

import java.util.ArrayList;
import java.util.List;

/** RPT-2: what the claim line needs besides the service: the rendering peer's NPI and the member's diagnosis. */
final class ClaimLineRules implements RuleGroup {

    @Override
    public List<Finding> evaluate(ClaimContext c) {
        List<Finding> findings = new ArrayList<>();
        if (c.facts().renderingNpi() == null) {
            findings.add(Finding.block("RPT-2", "Your NPI is not on record: claim lines need it"));
        }
        if (c.facts().diagnosis() == null) {
            findings.add(Finding.block("RPT-2", "The member's diagnosis is not on record: claim lines need it"));
        }
        return findings;
    }
}
