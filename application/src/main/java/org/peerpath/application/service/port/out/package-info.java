@NullMarked
package org.peerpath.application.service.port.out;

import org.jspecify.annotations.NullMarked;
