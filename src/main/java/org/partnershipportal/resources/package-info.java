/** Voice-of-young-people resources for practitioners: a searchable library, and editors' drafting, publishing and review. */
package org.partnershipportal.resources;
