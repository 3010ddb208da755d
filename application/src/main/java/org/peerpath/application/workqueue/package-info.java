@NullMarked
package org.peerpath.application.workqueue;

import org.jspecify.annotations.NullMarked;
