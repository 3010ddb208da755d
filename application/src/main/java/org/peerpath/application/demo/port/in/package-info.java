@NullMarked
package org.peerpath.application.demo.port.in;

import org.jspecify.annotations.NullMarked;
