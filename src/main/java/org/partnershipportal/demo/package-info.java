/** The fictional Kestrel Vale partnership, loaded only by the demo profile. */
package org.partnershipportal.demo;
