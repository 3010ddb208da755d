@NullMarked
package org.peerpath.ui.shared;

import org.jspecify.annotations.NullMarked;
