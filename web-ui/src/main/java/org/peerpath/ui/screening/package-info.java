/** The exclusion screening screen (SCR-1..3). */
@NullMarked
package org.peerpath.ui.screening;

import org.jspecify.annotations.NullMarked;
