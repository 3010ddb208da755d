/** Supervision and direction histories of peers (SUP-1, DIR-2) in PostgreSQL. */
@NullMarked
package org.peerpath.persistence.supervision;

import org.jspecify.annotations.NullMarked;
