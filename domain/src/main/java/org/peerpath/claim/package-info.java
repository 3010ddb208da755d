/** Claim readiness of a peer service and the claim lines of READY services (CHECK-1, RPT-2). */
@NullMarked
package org.peerpath.claim;

import org.jspecify.annotations.NullMarked;
