/** The county profile screen (CTY, DIR-1, DIR-3), for admins. */
@NullMarked
package org.peerpath.ui.county;

import org.jspecify.annotations.NullMarked;
