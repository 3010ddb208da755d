/** Where collaterals, their authorizations to share and Part 2 consents are kept. */
@NullMarked
package org.peerpath.application.collateral.port.out;

import org.jspecify.annotations.NullMarked;
