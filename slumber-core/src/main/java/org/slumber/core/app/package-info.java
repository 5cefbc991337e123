/**
 * Declaring apps and models: the Java counterpart of a Django app's {@code models.py} and
 * {@code slumber_server.py}.
 *
 * <p>An app is a class implementing {@link org.slumber.core.app.SlumberApp}, listed in
 * {@code META-INF/services/org.slumber.core.app.SlumberApp} (or registered with the server
 * builder in code). Its {@link org.slumber.core.app.SlumberApp#define define} method names
 * the app and declares its models with an {@link org.slumber.core.app.AppBuilder}.
 */
package org.slumber.core.app;
