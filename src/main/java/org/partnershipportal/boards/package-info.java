/** Boards of the partnership, their remits and reporting lines, and who sits on them. */
package org.partnershipportal.boards;
