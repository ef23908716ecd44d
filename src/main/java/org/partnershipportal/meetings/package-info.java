/** The meeting and action register: meetings, agenda items and their papers, actions and their progress, and their exports. */
package org.partnershipportal.meetings;
