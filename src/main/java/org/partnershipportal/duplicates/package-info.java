/**
 * Finds agenda items (or actions) on different boards that deal with the same matter, however worded: plain Java
 * with no container, used by the portal and by {@code deploy/find-duplicates}. How it works and why each number has
 * its value: docs/duplicate-matcher.md.
 */
package org.partnershipportal.duplicates;
