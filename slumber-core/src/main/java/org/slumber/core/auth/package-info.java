/**
 * Users, request signing and passwords: the parts of Slumber's security that code outside the
 * server uses directly. See the security chapter of the site for how requests are
 * authenticated and authorized.
 */
package org.slumber.core.auth;
