@NullMarked
package org.peerpath.application.levelofcare.port.out;

import org.jspecify.annotations.NullMarked;
