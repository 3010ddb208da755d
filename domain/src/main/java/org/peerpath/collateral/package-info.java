/** Collaterals (family and support persons), authorizations to share and Part 2 consents (COL). */
@NullMarked
package org.peerpath.collateral;

import org.jspecify.annotations.NullMarked;
