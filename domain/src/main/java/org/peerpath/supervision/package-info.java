/** Supervisors, their assignments to peers, direction by a BHP and recommendations (SUP, DIR-2, DIR-3). */
@NullMarked
package org.peerpath.supervision;

import org.jspecify.annotations.NullMarked;
