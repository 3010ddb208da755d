@NullMarked
package org.peerpath.application.claim.port.in;

import org.jspecify.annotations.NullMarked;
