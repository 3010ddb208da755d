/** A member's episodes at levels of care (LOC-1..3): opening, closing, transitions, and the combined/standalone timeline. */
@NullMarked
package org.peerpath.application.levelofcare;

import org.jspecify.annotations.NullMarked;
