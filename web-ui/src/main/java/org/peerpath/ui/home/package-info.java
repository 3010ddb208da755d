@NullMarked
package org.peerpath.ui.home;

import org.jspecify.annotations.NullMarked;
