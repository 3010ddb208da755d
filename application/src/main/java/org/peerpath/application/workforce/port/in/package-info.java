/** What the UI may ask of workforce records (issue F): use cases, queries, their commands and results. */
@NullMarked
package org.peerpath.application.workforce.port.in;

import org.jspecify.annotations.NullMarked;
