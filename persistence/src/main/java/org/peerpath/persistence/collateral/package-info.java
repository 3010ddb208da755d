/** Collaterals with their authorizations to share and Part 2 consents, in PostgreSQL (COL-1, COL-3). */
@NullMarked
package org.peerpath.persistence.collateral;

import org.jspecify.annotations.NullMarked;
