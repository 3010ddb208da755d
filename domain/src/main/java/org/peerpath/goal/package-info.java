/** Recovery goals set with the member and their progress over time (GOAL). */
@NullMarked
package org.peerpath.goal;

import org.jspecify.annotations.NullMarked;
