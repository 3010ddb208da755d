@NullMarked
package org.peerpath.application.supervision.port.in;

import org.jspecify.annotations.NullMarked;
