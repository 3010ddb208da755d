/** The Collaterals tab of the member workspace: family and other supporters, what the member allows to share (COL-1, COL-3). */
@NullMarked
package org.peerpath.ui.member.collateral;

import org.jspecify.annotations.NullMarked;
