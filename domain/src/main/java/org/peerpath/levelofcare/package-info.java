/** Levels of care and a member's episodes at them (LOC). */
@NullMarked
package org.peerpath.levelofcare;

import org.jspecify.annotations.NullMarked;
