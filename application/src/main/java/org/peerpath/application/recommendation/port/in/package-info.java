@NullMarked
package org.peerpath.application.recommendation.port.in;

import org.jspecify.annotations.NullMarked;
