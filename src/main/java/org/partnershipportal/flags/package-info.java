/** The flags register: every agency's exploitation flags side by side, coverage gaps, and proposals for a common definition. */
package org.partnershipportal.flags;
