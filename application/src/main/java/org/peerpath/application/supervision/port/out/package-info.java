@NullMarked
package org.peerpath.application.supervision.port.out;

import org.jspecify.annotations.NullMarked;
