/** Where the county profile is kept. */
@NullMarked
package org.peerpath.application.county.port.out;

import org.jspecify.annotations.NullMarked;
