/**
 * The data-request catalogue: datasets held across the partnership's agencies (described, never their
 * records), strategic asks mapped to the datasets that answer them, the gaps, and data requests that
 * data leads answer; with the use made of each dataset fed back to its owner.
 */
package org.partnershipportal.catalogue;
