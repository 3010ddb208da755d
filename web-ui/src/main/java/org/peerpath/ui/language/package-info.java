/** Which language a person reads, chosen by their browser or by them, and the switch that chooses it. */
@NullMarked
package org.peerpath.ui.language;

import org.jspecify.annotations.NullMarked;
