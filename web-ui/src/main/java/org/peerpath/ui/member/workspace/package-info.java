/** The member workspace: one page per member with tabs (overview, collaterals, …), open to the care team (MEM-3). */
@NullMarked
package org.peerpath.ui.member.workspace;

import org.jspecify.annotations.NullMarked;
