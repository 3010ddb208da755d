/** What the UI may ask of collaterals: use cases, queries, their commands and results. */
@NullMarked
package org.peerpath.application.collateral.port.in;

import org.jspecify.annotations.NullMarked;
