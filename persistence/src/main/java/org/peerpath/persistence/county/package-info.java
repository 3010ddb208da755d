/** The county profile in PostgreSQL (CTY). */
@NullMarked
package org.peerpath.persistence.county;

import org.jspecify.annotations.NullMarked;
