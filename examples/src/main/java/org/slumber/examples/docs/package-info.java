/**
 * Code samples of the documentation site ({@code site/}): small, compiled classes for the topics
 * the pizza example does not show. The site includes them with Doxia's snippet macro between
 * {@code // START SNIPPET: <id>} and {@code // END SNIPPET: <id>} markers, so every sample on
 * the site compiles with the build. They are not run by the build, and none of them is listed
 * in {@code META-INF/services}.
 */
package org.slumber.examples.docs;
