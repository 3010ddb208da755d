@NullMarked
package org.peerpath.ui.security;

import org.jspecify.annotations.NullMarked;
