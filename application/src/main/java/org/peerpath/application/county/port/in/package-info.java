/** What admins can do with the county profile and what they read of it (CTY-1, CTY-2, DIR-1, DIR-3). */
@NullMarked
package org.peerpath.application.county.port.in;

import org.jspecify.annotations.NullMarked;
