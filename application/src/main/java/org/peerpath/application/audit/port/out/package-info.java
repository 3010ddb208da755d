@NullMarked
package org.peerpath.application.audit.port.out;

import org.jspecify.annotations.NullMarked;
