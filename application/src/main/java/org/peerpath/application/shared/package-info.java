@NullMarked
package org.peerpath.application.shared;

import org.jspecify.annotations.NullMarked;
