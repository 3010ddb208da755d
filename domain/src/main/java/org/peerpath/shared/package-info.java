/** Values and errors that every feature shares. */
@NullMarked
package org.peerpath.shared;

import org.jspecify.annotations.NullMarked;
