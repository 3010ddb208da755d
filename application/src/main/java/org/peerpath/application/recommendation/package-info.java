/** Recommendations of peer services for a member (DIR-3): who recommended, under which delivery system, from when. */
@NullMarked
package org.peerpath.application.recommendation;

import org.jspecify.annotations.NullMarked;
