/** Inbound ports of the Plan of Care and recovery goals (POC, GOAL): use cases, queries, commands, results. */
@NullMarked
package org.peerpath.application.plan.port.in;

import org.jspecify.annotations.NullMarked;
