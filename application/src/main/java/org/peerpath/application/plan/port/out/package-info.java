@NullMarked
package org.peerpath.application.plan.port.out;

import org.jspecify.annotations.NullMarked;
