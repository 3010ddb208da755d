package org.peerpath.claim;

import java.util.List;

/** One group of related rules the claim check evaluates (CHECK-1). */
interface RuleGroup {

    List<Finding> evaluate(ClaimContext context);
}
