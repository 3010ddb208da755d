/** What the UI may ask of exclusion screening (SCR-1..3): use cases, queries, their commands and results. */
@NullMarked
package org.peerpath.application.screening.port.in;

import org.jspecify.annotations.NullMarked;
