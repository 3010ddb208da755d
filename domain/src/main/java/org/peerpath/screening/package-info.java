/** Exclusion screening against OIG, SAM and the Medi-Cal Suspended and Ineligible list (SCR). */
@NullMarked
package org.peerpath.screening;

import org.jspecify.annotations.NullMarked;
