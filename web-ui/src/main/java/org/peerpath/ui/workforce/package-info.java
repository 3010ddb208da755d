/** Workforce compliance screens (issue F): staff records, My compliance and the compliance board. */
@NullMarked
package org.peerpath.ui.workforce;

import org.jspecify.annotations.NullMarked;
