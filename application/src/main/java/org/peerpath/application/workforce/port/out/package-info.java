@NullMarked
package org.peerpath.application.workforce.port.out;

import org.jspecify.annotations.NullMarked;
