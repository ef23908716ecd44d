/**
 * "You said, we did": what young people told the partnership (a guidance resource of that kind) linked to
 * the board decisions and actions it changed. Sits above meetings and resources, which know nothing of it;
 * its panels are composed into their pages.
 */
package org.partnershipportal.voice;
