@NullMarked
package org.peerpath.application.workspace.port.in;

import org.jspecify.annotations.NullMarked;
