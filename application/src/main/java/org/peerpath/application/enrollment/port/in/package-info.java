@NullMarked
package org.peerpath.application.enrollment.port.in;

import org.jspecify.annotations.NullMarked;
