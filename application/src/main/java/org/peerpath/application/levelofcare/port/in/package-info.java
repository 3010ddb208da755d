@NullMarked
package org.peerpath.application.levelofcare.port.in;

import org.jspecify.annotations.NullMarked;
