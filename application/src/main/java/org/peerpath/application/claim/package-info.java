@NullMarked
package org.peerpath.application.claim;

import org.jspecify.annotations.NullMarked;
