@NullMarked
package org.peerpath.application.staff.port.in;

import org.jspecify.annotations.NullMarked;
