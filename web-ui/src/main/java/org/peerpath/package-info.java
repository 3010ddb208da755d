@NullMarked
package org.peerpath;

import org.jspecify.annotations.NullMarked;
