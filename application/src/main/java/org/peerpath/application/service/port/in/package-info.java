@NullMarked
package org.peerpath.application.service.port.in;

import org.jspecify.annotations.NullMarked;
