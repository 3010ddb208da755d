/** Use cases of the Plan of Care and recovery goals (POC, GOAL). */
@NullMarked
package org.peerpath.application.plan;

import org.jspecify.annotations.NullMarked;
