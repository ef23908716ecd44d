/**
 * The language check: the partnership's list of words that blame or adultify children, each with a kinder
 * alternative and its source; the one matcher that finds them as people type and in the boards' quarterly counts.
 */
package org.partnershipportal.language;
