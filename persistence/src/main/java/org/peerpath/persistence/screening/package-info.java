/** Exclusion screening stored in PostgreSQL (SCR-1..3). */
@NullMarked
package org.peerpath.persistence.screening;

import org.jspecify.annotations.NullMarked;
