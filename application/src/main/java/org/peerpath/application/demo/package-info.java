@NullMarked
package org.peerpath.application.demo;

import org.jspecify.annotations.NullMarked;
