/** A county's policy profile: opted-in delivery systems, approved rates, settings, San Diego rules (CTY). */
@NullMarked
package org.peerpath.county;

import org.jspecify.annotations.NullMarked;
