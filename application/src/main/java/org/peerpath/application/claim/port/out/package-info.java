@NullMarked
package org.peerpath.application.claim.port.out;

import org.jspecify.annotations.NullMarked;
