/** The append-only audit log: who did what, when, from where; and the administrators' view of it. */
package org.partnershipportal.audit;
