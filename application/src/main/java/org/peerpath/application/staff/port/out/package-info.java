@NullMarked
package org.peerpath.application.staff.port.out;

import org.jspecify.annotations.NullMarked;
