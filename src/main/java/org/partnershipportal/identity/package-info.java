/** People and their roles: accounts, sign-in with lockout, password rules, the administrators' people pages. */
package org.partnershipportal.identity;
