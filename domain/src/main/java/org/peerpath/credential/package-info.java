/** Peer certifications and behavioral health professional licenses (CERT, DIR-1). */
@NullMarked
package org.peerpath.credential;

import org.jspecify.annotations.NullMarked;
