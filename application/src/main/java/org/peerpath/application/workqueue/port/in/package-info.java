@NullMarked
package org.peerpath.application.workqueue.port.in;

import org.jspecify.annotations.NullMarked;
