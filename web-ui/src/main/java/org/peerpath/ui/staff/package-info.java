@NullMarked
package org.peerpath.ui.staff;

import org.jspecify.annotations.NullMarked;
