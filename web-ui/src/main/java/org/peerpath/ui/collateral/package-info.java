/** Family contacts for front desk: who may be told about a member, and how to reach them (COL-3, COL-4). */
@NullMarked
package org.peerpath.ui.collateral;

import org.jspecify.annotations.NullMarked;
