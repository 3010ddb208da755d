/** What exclusion screening needs stored and read (SCR-1..3): runs with their results, and everyone to screen. */
@NullMarked
package org.peerpath.application.screening.port.out;

import org.jspecify.annotations.NullMarked;
