/** Collaterals of a member, authorizations to share and Part 2 consents (COL-1, COL-3, COL-4). */
@NullMarked
package org.peerpath.application.collateral;

import org.jspecify.annotations.NullMarked;
